/**
 * Keeps the k highest scores seen so far (a binary min-heap), to tell whether a new score could
 * still make the top k. Used as MiniSearch's result `filter`, so that a common word matching
 * thousands of documents does not make MiniSearch build and sort thousands of result objects.
 */
export class TopScores {
  private readonly heap: number[] = [];
  /** Every score offered, kept or not: the number of matching documents. */
  seen = 0;

  constructor(private readonly k: number) {}

  /** Records the score; true when it is among the k best so far (ties included). */
  offer(score: number): boolean {
    this.seen++;
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(score);
      this.up(heap.length - 1);
      return true;
    }
    if (this.k === 0 || score < heap[0]) return false;
    heap[0] = score;
    this.down(0);
    return true;
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) return;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left] < heap[smallest]) smallest = left;
      if (right < heap.length && heap[right] < heap[smallest]) smallest = right;
      if (smallest === i) return;
      [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
      i = smallest;
    }
  }
}
