import { findMentions, isLatinEdge, type Matcher } from "./mentions";
import type { Snippet } from "./schema";
import { MATH_GAP } from "./text";

const CONTEXT_CHARS = 26;

const SENTENCE_END = /[。！？；]/g;

/** Offset just past the last sentence end in text[from, to), if any. */
function pastLastSentenceEnd(text: string, from: number, to: number): number | null {
  let past: number | null = null;
  for (const m of text.slice(from, to).matchAll(SENTENCE_END)) past = from + m.index + 1;
  return past;
}

/**
 * The first mention of `termId` in `text` with some words either side, cut at line breaks. The
 * words stop short of a formula (a MATH_GAP in `text`), at a sentence end where there is one: a
 * sentence without its formula reads wrong.
 */
export function snippetAround(text: string, termId: string, matcher: Matcher, context = CONTEXT_CHARS): Snippet | null {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const hit = findMentions(flat, matcher).find((m) => m.termId === termId);
  if (!hit) return null;
  const gapBefore = flat.lastIndexOf(MATH_GAP, hit.start - 1);
  const from = gapBefore < 0 ? 0 : (pastLastSentenceEnd(flat, gapBefore, hit.start) ?? gapBefore + 1);
  const gapAfter = flat.indexOf(MATH_GAP, hit.end);
  const to = gapAfter < 0 ? flat.length : (pastLastSentenceEnd(flat, hit.end, gapAfter) ?? gapAfter);
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
  return {
    before: `${head.length > context || headFrom > 0 ? "…" : ""}${before}`,
    match: flat.slice(hit.start, hit.end),
    after: `${after}${tail.length > context || tailTo < flat.length ? "…" : ""}`,
  };
}
