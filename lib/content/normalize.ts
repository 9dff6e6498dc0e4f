import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** A `\(`/`\[` opener left without its closer, reported by the caller with its line. */
export interface UnbalancedDelimiter {
  delimiter: "\\(" | "\\[";
  offset: number;
}

export interface Normalized {
  text: string;
  unbalanced: UnbalancedDelimiter[];
}

/** BOM and CRLF only; every line keeps its number so messages point at the source file. */
export function normalizeNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

type Range = [number, number];

/** Offsets of fenced/indented code and inline code, where backslash delimiters are literal text. */
export function codeRanges(text: string): Range[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const ranges: Range[] = [];
  visit(tree, (node) => {
    if ((node.type === "code" || node.type === "inlineCode") && node.position) {
      ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    }
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

function inside(ranges: Range[], offset: number): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** `\[1\]` is an escaped citation bracket, not a formula. */
function looksLikeCitation(body: string): boolean {
  return /^\s*\d+(\s*[,，-]\s*\d+)*\s*$/.test(body);
}

/**
 * remark reads `\(` and `\[` as escaped punctuation and would drop the backslash, so TeX delimiters
 * become `$…$` and `$$…$$` before parsing — outside code only. Line breaks inside are kept.
 */
export function convertTexDelimiters(text: string): Normalized {
  // Finding code ranges costs a full parse; most articles have no backslash delimiters at all.
  if (!/\\[[(]/.test(text)) return { text, unbalanced: [] };
  const ranges = codeRanges(text);
  const unbalanced: UnbalancedDelimiter[] = [];
  const pattern = /\\\[([\s\S]*?)\\\]|\\\(([\s\S]*?)\\\)|\\\[|\\\(/g;
  const out = text.replace(pattern, (match, display: string | undefined, inline: string | undefined, offset: number) => {
    if (inside(ranges, offset)) return match;
    if (display !== undefined) return looksLikeCitation(display) ? match : `$$${display}$$`;
    if (inline !== undefined) return `$${inline}$`;
    unbalanced.push({ delimiter: match as "\\(" | "\\[", offset });
    return match;
  });
  return { text: out, unbalanced };
}

/** Newline/BOM normalization plus TeX delimiter conversion, keeping line numbers stable. */
export function normalize(raw: string): Normalized {
  return convertTexDelimiters(normalizeNewlines(raw));
}
