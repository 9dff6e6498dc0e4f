import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";

/**
 * Which Markdown text may carry a glossary link: prose only. Headings name things rather than
 * use them, code and math are literal, and a link inside a link is invalid HTML.
 */
const skippedMdast = new Set([
  "heading",
  "link",
  "linkReference",
  "code",
  "inlineCode",
  "math",
  "inlineMath",
  "html",
  "definition",
  "image",
  "imageReference",
]);

/** The same rule on the rendered (hast) side. */
export const skippedTags = new Set([
  "a",
  "code",
  "pre",
  "kbd",
  "samp",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "script",
  "style",
  "svg",
  "math",
  "button",
]);

/** Class names of rendered math (remark-math before KaTeX, KaTeX after). */
export const skippedClasses = new Set(["katex", "katex-display", "math", "math-inline", "math-display"]);

/** Text of every linkable mdast text node, in document order. */
export function linkableTexts(tree: MdastRoot): string[] {
  const out: string[] = [];
  const walk = (node: MdastNodes): void => {
    if (skippedMdast.has(node.type)) return;
    if (node.type === "text") {
      out.push(node.value);
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(tree);
  return out;
}
