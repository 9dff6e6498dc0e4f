import type { Nodes, RootContent } from "mdast";

/** Node types whose text is not reading prose: code, math, raw HTML. */
const NOT_PROSE = new Set(["code", "inlineCode", "math", "inlineMath", "html"]);

/** Stands where inline math was, in text meant for excerpts: sentences holding it are left out. */
export const MATH_GAP = "\uFFFC";

export interface PlainTextOptions {
  /** Inline code reads as its text (excerpts), instead of being left out. */
  code?: boolean;
  /** Inline and display math leave a MATH_GAP, so that text around a formula can be cut there. */
  mathGaps?: boolean;
  /**
   * Math reads as its TeX and raw HTML as the text the reader is shown (the page escapes it):
   * for short texts that must keep everything they say, such as definitions.
   */
  verbatim?: boolean;
  /** Inline math reads as its TeX (display math is still left out): sentences around it stay whole. */
  inlineMath?: boolean;
}

/** Options for excerpts: code reads as its text, sentences that lost a formula can be left out. */
export const FOR_EXCERPT: PlainTextOptions = Object.freeze({ code: true, mathGaps: true });

/** Options for definitions: every word is kept, code, math and raw HTML as written. */
export const FOR_DEFINITION: PlainTextOptions = Object.freeze({ code: true, verbatim: true });

/**
 * Options for search text: inline code and inline math read as written, so a snippet quotes the
 * sentence whole ("表示为X，是一个多维数组", not "表示为，是…") and their words can be searched.
 */
export const FOR_SEARCH: PlainTextOptions = Object.freeze({ code: true, inlineMath: true });

/** Plain text of nodes without code and math, block nodes separated by newlines. */
export function plainText(
  nodes: readonly RootContent[],
  { code = false, mathGaps = false, verbatim = false, inlineMath = false }: PlainTextOptions = {},
): string {
  const parts: string[] = [];
  const visit = (node: Nodes) => {
    if (code && node.type === "inlineCode") parts.push(node.value);
    if (inlineMath && !verbatim && node.type === "inlineMath") parts.push(node.value);
    if (mathGaps && (node.type === "inlineMath" || node.type === "math")) parts.push(MATH_GAP);
    if (verbatim && (node.type === "inlineMath" || node.type === "math" || node.type === "html")) parts.push(node.value);
    if (NOT_PROSE.has(node.type)) return;
    if (node.type === "text") parts.push(node.value);
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") parts.push("\n");
  };
  for (const node of nodes) visit(node);
  return parts
    .join("")
    .replace(/[ \t]*\n[\s]*/g, "\n")
    .trim();
}

/** Readable characters: each Han character counts once, each Latin word or number once. */
export function countReadable(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*/g)?.length ?? 0;
  return han + words;
}

/** Source slice covering a run of sibling nodes. */
export function sliceNodes(source: string, nodes: readonly RootContent[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes[nodes.length - 1]?.position?.end.offset;
  if (start === undefined || end === undefined) return "";
  return source.slice(start, end);
}

/** Where glossary mentions are not counted: code, math, headings, links and raw HTML. */
const NOT_MENTION = new Set([...NOT_PROSE, "heading", "link", "linkReference", "image", "imageReference", "definition"]);

/** The text nodes of reading prose (paragraphs, list items, quotes, tables), one string per node. */
export function proseTexts(nodes: readonly RootContent[]): string[] {
  const out: string[] = [];
  const visit = (node: Nodes) => {
    if (NOT_MENTION.has(node.type)) return;
    if (node.type === "text") out.push(node.value);
    else if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const node of nodes) visit(node);
  return out;
}

/** Sentences with a MATH_GAP left out: a sentence missing its formula reads wrong. */
function withoutMathGaps(text: string): string {
  if (!text.includes(MATH_GAP)) return text;
  // "Sigmoid：" introducing a formula on its own line belongs to that formula.
  const joined = text.replace(new RegExp(`([:：])\\s*\\n\\s*(?=${MATH_GAP})`, "g"), "$1");
  return (joined.match(/[^。！？；\n]*[。！？；\n]?/g) ?? []).filter((s) => !s.includes(MATH_GAP)).join("");
}

/** Lowercase, one UTF-16 unit for one, so that offsets into the result are offsets into `text`. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = "";
  for (const char of text) folded += char.length === 1 && char.toLowerCase().length === 1 ? char.toLowerCase() : char;
  return folded;
}

/** Full-width punctuation that ends a clause or closes a bracket: its glyph carries its own space. */
const CJK_CLOSING = /([。！？；：，、）」』》】])\s+/g;

/**
 * Text on one line, for excerpts and snippets: each run of white space (line breaks included)
 * becomes one space, and none is left after full-width punctuation, where it shows as a double gap
 * ("的策略。 预训练").
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(CJK_CLOSING, "$1");
}

/** First characters of plain text on one line, cut at a sentence end when one is near the limit. */
export function excerpt(text: string, max = 120): string {
  const clean = oneLine(withoutMathGaps(text)).trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, max - 1).join("");
  const stop = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return stop > cut.length * 0.5 ? cut.slice(0, stop + 1) : `${cut.trimEnd()}…`;
}

/** A section's excerpt: its own text, else its first subsection's with text, else its title. */
export function sectionExcerpt(
  sections: readonly { id: string; parentId: string | null; excerptText: string }[],
  section: { id: string; excerptText: string; title: string },
  max = 120,
): string {
  const own = excerpt(section.excerptText, max);
  if (own) return own;
  const child = sections.find((s) => s.parentId === section.id && excerpt(s.excerptText, max));
  return child ? excerpt(child.excerptText, max) : section.title;
}
