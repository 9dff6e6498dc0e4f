import type { Element, Nodes as HastNodes, Parents as HastParents, Root as HastRoot, Text as HastText } from "hast";

/**
 * Which text of rendered article Markdown may carry a glossary link: prose only. Headings name
 * things rather than use them, code and math are literal, and a link inside a link is invalid HTML.
 */
const skippedTags = new Set([
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
  // A note's marker and body, placed after its quote on the page: not part of the prose.
  "note-ref",
]);

/** Class names of rendered math (remark-math before KaTeX, KaTeX after). */
const skippedClasses = new Set(["katex", "katex-display", "math", "math-inline", "math-display"]);

function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}

function isSkipped(element: Element): boolean {
  return skippedTags.has(element.tagName) || classesOf(element).some((c) => skippedClasses.has(c));
}

/** A linkable text node of rendered Markdown and the element or root holding it. */
export interface LinkableText {
  readonly text: HastText;
  readonly parent: HastParents;
}

/**
 * Every linkable text node of rendered (hast) Markdown, in document order. Their values, joined,
 * are the fragment's linkable text: the compile places term links by offsets into it, and the page
 * applies them there. Note marks only wrap or split these nodes, so the offsets hold after them.
 */
export function linkableHastTexts(tree: HastRoot): LinkableText[] {
  const out: LinkableText[] = [];
  const walk = (node: HastNodes, parent: HastParents | null): void => {
    if (node.type === "element" && isSkipped(node)) return;
    if (node.type === "text") {
      if (parent) out.push({ text: node, parent });
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child, node);
  };
  walk(tree, null);
  return out;
}
