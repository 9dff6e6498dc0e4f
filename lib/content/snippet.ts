import { findMentions, isLatinEdge, type Matcher } from "./mentions";
import type { Snippet } from "./schema";
import { MATH_GAP, oneLine } from "./text";

const CONTEXT_CHARS = 26;

const SENTENCE_END = /[。！？；]/g;

/** Offsets just past each sentence end in text[from, to). */
function pastSentenceEnds(text: string, from: number, to: number): number[] {
  return [...text.slice(from, to).matchAll(SENTENCE_END)].map((m) => from + m.index + 1);
}

/**
 * The first mention of `termId` in `text` with some words either side, on one line. The
 * words leave out the sentences that hold a formula (a MATH_GAP in `text`): a sentence without its
 * formula reads wrong. With no sentence end between, they stop right where the formula stood.
 */
export function snippetAround(text: string, termId: string, matcher: Matcher, context = CONTEXT_CHARS): Snippet | null {
  const flat = oneLine(text);
  const hit = findMentions(flat, matcher).find((m) => m.termId === termId);
  if (!hit) return null;
  const gapBefore = flat.lastIndexOf(MATH_GAP, hit.start - 1);
  const from = gapBefore < 0 ? 0 : (pastSentenceEnds(flat, gapBefore, hit.start)[0] ?? gapBefore + 1);
  const gapAfter = flat.indexOf(MATH_GAP, hit.end);
  const to = gapAfter < 0 ? flat.length : (pastSentenceEnds(flat, hit.end, gapAfter).at(-1) ?? gapAfter);
  // Code points, not units, either side; a window of 2 units per point is enough to count them.
  const reach = 2 * (context + 1);
  const headFrom = Math.max(from, hit.start - reach);
  const tailTo = Math.min(to, hit.end + reach);
  const head = Array.from(flat.slice(headFrom, hit.start).trimStart());
  const tail = Array.from(flat.slice(hit.end, tailTo).trimEnd());
  // A Latin word cut by the character count is left out whole ("…tropy作为" reads as noise).
  let before = head.slice(-context).join("");
  if (head.length > context && isLatinEdge(head[head.length - context - 1]) && isLatinEdge(before[0])) before = before.replace(/^[A-Za-z0-9]+\s*/, "");
  let after = tail.slice(0, context).join("");
  if (tail.length > context && isLatinEdge(tail[context]) && isLatinEdge(after[after.length - 1])) after = after.replace(/\s*[A-Za-z0-9]+$/, "");
  // A cut that lands on a space would leave it beside the ellipsis.
  return {
    before: `${head.length > context || headFrom > 0 ? "…" : ""}${before.trimStart()}`,
    match: flat.slice(hit.start, hit.end),
    after: `${after.trimEnd()}${tail.length > context || tailTo < flat.length ? "…" : ""}`,
  };
}
