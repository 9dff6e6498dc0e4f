import { findMentions, type Matcher } from "./mentions";
import type { Snippet } from "./schema";

const CONTEXT_CHARS = 26;

/** The first mention of `termId` in `text` with some words either side, cut at line breaks. */
export function snippetAround(text: string, termId: string, matcher: Matcher, context = CONTEXT_CHARS): Snippet | null {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const hit = findMentions(flat, matcher).find((m) => m.termId === termId);
  if (!hit) return null;
  // Code points, not units, either side; a window of 2 units per point is enough to count them.
  const reach = 2 * (context + 1);
  const head = Array.from(flat.slice(Math.max(0, hit.start - reach), hit.start));
  const tail = Array.from(flat.slice(hit.end, hit.end + reach));
  const before = head.slice(-context).join("");
  const after = tail.slice(0, context).join("");
  return {
    before: `${head.length > context ? "…" : ""}${before}`,
    match: flat.slice(hit.start, hit.end),
    after: `${after}${tail.length > context ? "…" : ""}`,
  };
}
