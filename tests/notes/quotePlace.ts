/**
 * Where a note's quote sits in the raw article text: reading prose, a fenced code block (its
 * printed output included), or display math (a `$$`/`\[` block, or a `$$…$$` on one line).
 * Quotes in code or math are marked on the whole block rather than inline, so tests tell them apart.
 */
export type QuotePlace = "prose" | "code" | "math";

/** 1-based line numbers of fenced code blocks and of multi-line display math, fences included. */
function blockLines(text: string): Map<number, "code" | "math"> {
  const out = new Map<number, "code" | "math">();
  let open: "code" | "math" | null = null;
  text.split("\n").forEach((line, i) => {
    const t = line.trim();
    const fence = /^(```|~~~)/.test(t);
    const math = t === "$$" || t === "\\[" || t === "\\]";
    if (open === null) {
      open = fence ? "code" : math ? "math" : null;
      if (open) out.set(i + 1, open);
      return;
    }
    out.set(i + 1, open);
    if ((open === "code" && fence) || (open === "math" && math)) open = null;
  });
  return out;
}

/** True when `at` lies between a `$$` earlier on its line and a `$$` later on it. */
function inLineDisplayMath(line: string, at: number): boolean {
  const before = line.slice(0, at).split("$$").length - 1;
  return before % 2 === 1 && line.indexOf("$$", at) !== -1;
}

export function quotePlace(text: string, quote: string): QuotePlace {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  const lineNo = text.slice(0, at).split("\n").length;
  const block = blockLines(text).get(lineNo);
  if (block) return block;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", at);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return inLineDisplayMath(line, at - lineStart) ? "math" : "prose";
}
