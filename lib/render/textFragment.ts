/**
 * A link to a passage: `#<sectionId>:~:text=…` (URL Fragment Text Directives). Browsers that know
 * the directive scroll to and highlight the words; others land on the section. Long passages
 * are named by their start and end, as the spec's `textStart,textEnd` form allows.
 */

const MAX_WHOLE = 80;
const EDGE = 24;

/** Percent-encodes a directive term: `-`, `,` and `&` are syntax inside the directive. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C");
}

/** Whitespace folded, as browsers match text fragments against rendered text. */
function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * `prefix` (the few characters before the passage) pins the passage when the same words occur
 * earlier in the page: browsers match the first occurrence.
 */
export function textFragmentHash(sectionId: string, selected: string, prefix = ""): string | null {
  const text = fold(selected);
  if (!text) return null;
  const chars = [...text];
  const terms =
    chars.length <= MAX_WHOLE ? encodeTerm(text) : `${encodeTerm(chars.slice(0, EDGE).join("").trim())},${encodeTerm(chars.slice(-EDGE).join("").trim())}`;
  const before = fold(prefix);
  return `#${sectionId}:~:text=${before ? `${encodeTerm(before)}-,` : ""}${terms}`;
}
