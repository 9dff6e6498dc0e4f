import type { Nodes, RootContent } from "mdast";

/** Node types whose text is not reading prose: code, math, raw HTML. */
const NOT_PROSE = new Set(["code", "inlineCode", "math", "inlineMath", "html"]);

/** Plain text of nodes without code and math, block nodes separated by newlines. */
export function plainText(nodes: readonly RootContent[]): string {
  const parts: string[] = [];
  const visit = (node: Nodes) => {
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
