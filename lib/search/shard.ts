/**
 * Which shard of the term index holds a term. Terms sharing a key land in the same shard, and the
 * key is what a prefix query has in hand: the first character of a Han term (a one-character query
 * matches every bigram starting with it), the first two letters of any other word.
 */
export function shardKey(term: string): string {
  const chars = Array.from(term);
  const first = chars[0] ?? "";
  return /\p{Script=Han}/u.test(first) ? first : chars.slice(0, 2).join("");
}

/** FNV-1a over UTF-16 code units: stable, fast, and identical at build time and in the browser. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shardOf(term: string, shardCount: number): number {
  return hashString(shardKey(term)) % shardCount;
}
