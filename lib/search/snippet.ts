/**
 * A snippet is a short window of a document's text around the first match, split into plain and
 * highlighted pieces. The UI renders pieces as text nodes and <mark> elements — never as HTML.
 */

import { foldCase, oneLine } from "@/lib/content/text";

export type Piece = { text: string; hit: boolean };

const CONTEXT_BEFORE = 24;

/**
 * Marks every occurrence of the given phrases (longest first, no overlaps, case-insensitive).
 * Phrases are plain strings compared character by character: nothing in them is a pattern.
 */
export function highlight(text: string, phrases: string[]): Piece[] {
  const wanted = [...new Set(phrases.filter((p) => p.length > 0))].sort((a, b) => b.length - a.length);
  const haystack = foldCase(text);
  const pieces: Piece[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length && wanted.length > 0) {
    const phrase = wanted.find((p) => haystack.startsWith(p, i));
    if (!phrase) {
      i++;
      continue;
    }
    if (i > plainStart) pieces.push({ text: text.slice(plainStart, i), hit: false });
    pieces.push({ text: text.slice(i, i + phrase.length), hit: true });
    i += phrase.length;
    plainStart = i;
  }
  if (plainStart < text.length) pieces.push({ text: text.slice(plainStart), hit: false });
  return pieces;
}

/** The phrases that actually occur in the text: whole query words if any, else their pieces. */
export function phrasesIn(text: string, primary: string[], fallback: string[]): string[] {
  const haystack = foldCase(text);
  const found = primary.filter((p) => haystack.includes(p));
  return found.length > 0 ? found : fallback.filter((p) => haystack.includes(p));
}

/** A window of about `length` characters of the text around its first match, with highlights. */
export function snippet(text: string, phrases: string[], length = 96): Piece[] {
  const flat = oneLine(text).trim();
  const haystack = foldCase(flat);
  const positions = phrases.map((p) => haystack.indexOf(p)).filter((at) => at >= 0);
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  let start = Math.max(0, first - CONTEXT_BEFORE);
  const end = Math.min(flat.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (start > 0) start = clauseStart(flat, start, first);
  const window = safeSlice(flat, start, end);
  const pieces = highlight(window, phrases);
  if (start > 0) pieces.unshift({ text: "…", hit: false });
  if (end < flat.length) pieces.push({ text: "…", hit: false });
  return mergePlain(pieces);
}

/** Where a clause or sentence begins in text[from, before) — "…练模型的" reads as noise — else `from`. */
function clauseStart(text: string, from: number, before: number): number {
  const boundary = /[。！？；，、：,;:.!?)）」』\]]\s*|\s+/g;
  boundary.lastIndex = from;
  const m = boundary.exec(text);
  return m && m.index + m[0].length <= before ? m.index + m[0].length : from;
}

/** Slices without splitting a surrogate pair (emoji, rare Han characters). */
function safeSlice(text: string, start: number, end: number): string {
  const isLow = (at: number) => at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]);
  const from = isLow(start) ? start + 1 : start;
  const to = isLow(end) ? end - 1 : end;
  return text.slice(from, to);
}

function mergePlain(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && !last.hit && !piece.hit) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}
