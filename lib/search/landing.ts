import { highlight } from "./snippet";

/**
 * Landing on a search result: the result's link carries the phrases it matched (`?hl=…`, once per
 * phrase), and the page it opens marks them in the target section. A query string, because a
 * static page is the same file whatever it says, so a shared link keeps the highlight too.
 */

export const HIGHLIGHT_PARAM = "hl";

/** Longest phrases marked; anything beyond is dropped, so a crafted link cannot make the page do much work. */
const MAX_PHRASES = 12;
const MAX_PHRASE_CHARS = 64;

/** `/articles/x/#s-1` + ["模型"] → `/articles/x/?hl=模型#s-1`. */
export function landingUrl(url: string, phrases: readonly string[]): string {
  const wanted = cleanPhrases(phrases);
  if (wanted.length === 0) return url;
  const hashAt = url.indexOf("#");
  const [base, hash] = hashAt < 0 ? [url, ""] : [url.slice(0, hashAt), url.slice(hashAt)];
  const query = new URLSearchParams(wanted.map((p) => [HIGHLIGHT_PARAM, p]));
  return `${base}${base.includes("?") ? "&" : "?"}${query.toString()}${hash}`;
}

/** The phrases a landing URL's query asks to mark. */
export function highlightPhrases(search: string): string[] {
  return cleanPhrases(new URLSearchParams(search).getAll(HIGHLIGHT_PARAM));
}

/** The query string without the highlight, for when the reader dismisses it. */
export function withoutHighlight(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}

/** Where in `text` the phrases occur: [start, end) pairs, longest phrase first, no overlaps, case-insensitive. */
export function phraseRanges(text: string, phrases: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const piece of highlight(text, phrases.map((p) => p.toLowerCase()))) {
    if (piece.hit) ranges.push([at, at + piece.text.length]);
    at += piece.text.length;
  }
  return ranges;
}

function cleanPhrases(phrases: readonly string[]): string[] {
  const trimmed = phrases.map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= MAX_PHRASE_CHARS);
  return [...new Set(trimmed)].slice(0, MAX_PHRASES);
}
