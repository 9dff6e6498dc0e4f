import type { Math as MathNode } from "mdast-util-math";
import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Processor } from "unified";
import type { VFile } from "vfile";

/**
 * Browser-safe: the reader renders prose with react-markdown using the same plugin list, so a
 * Markdown slice stored in the corpus renders exactly as the pipeline parsed it.
 */

type Parent = { children: RootContent[] };

/** A node that ends a source line inside a paragraph: a hard break or text ending in a newline. */
function endsLine(node: PhrasingContent | undefined): boolean {
  if (!node) return true;
  if (node.type === "break") return true;
  return node.type === "text" && /\n[ \t]*$/.test(node.value);
}

function startsLine(node: PhrasingContent | undefined): boolean {
  if (!node) return true;
  if (node.type === "break") return true;
  return node.type === "text" && /^[ \t]*\n/.test(node.value);
}

function writtenWithDoubleDollar(node: PhrasingContent, source: string): boolean {
  const start = node.position?.start.offset;
  return node.type === "inlineMath" && start !== undefined && source.startsWith("$$", start);
}

function displayMath(value: string, position: PhrasingContent["position"]): MathNode {
  return {
    type: "math",
    meta: null,
    value,
    position,
    data: {
      hName: "pre",
      hChildren: [
        {
          type: "element",
          tagName: "code",
          properties: { className: ["language-math", "math-display"] },
          children: [{ type: "text", value }],
        },
      ],
    },
  };
}

function paragraphOf(children: PhrasingContent[]): Paragraph | null {
  const trimmed = [...children];
  const first = trimmed[0];
  if (first?.type === "text") trimmed[0] = { ...first, value: first.value.replace(/^\s+/, "") };
  const last = trimmed[trimmed.length - 1];
  if (last?.type === "text") trimmed[trimmed.length - 1] = { ...last, value: last.value.replace(/\s+$/, "") };
  const kept = trimmed.filter((n) => !(n.type === "text" && n.value === "") && n.type !== "break");
  if (kept.length === 0) return null;
  const start = kept[0].position?.start;
  const end = kept[kept.length - 1].position?.end;
  return { type: "paragraph", children: kept, position: start && end ? { start, end } : undefined };
}

/** Splits one paragraph around `$$…$$` formulas that stand alone on their source line. */
export function splitDisplayMath(paragraph: Paragraph, source: string): RootContent[] | null {
  const kids = paragraph.children;
  const cuts = kids
    .map((node, i) => ({ node, i }))
    .filter(
      ({ node, i }) => writtenWithDoubleDollar(node, source) && endsLine(kids[i - 1]) && startsLine(kids[i + 1]),
    );
  if (cuts.length === 0) return null;
  const out: RootContent[] = [];
  let from = 0;
  for (const { node, i } of cuts) {
    const before = paragraphOf(kids.slice(from, i));
    if (before) out.push(before);
    if (node.type === "inlineMath") out.push(displayMath(node.value, node.position));
    from = i + 1;
  }
  const after = paragraphOf(kids.slice(from));
  if (after) out.push(after);
  return out;
}

function walk(parent: Parent, source: string): void {
  const next: RootContent[] = [];
  for (const child of parent.children) {
    const split = child.type === "paragraph" ? splitDisplayMath(child, source) : null;
    if (split) next.push(...split);
    else next.push(child);
    if ("children" in child && child.type !== "paragraph") walk(child as unknown as Parent, source);
  }
  parent.children = next;
}

/**
 * `$$…$$` written on a line of its own is meant as display math, but when it continues a paragraph
 * (typical inside list items) Markdown parses it as inline math. Lift such formulas out as display
 * `math` nodes, splitting the surrounding paragraph.
 */
export function remarkDisplayMath() {
  return (tree: Root, file: VFile) => {
    walk(tree as unknown as Parent, String(file.value ?? ""));
  };
}

/** The plugin list for every Markdown fragment of an article, shared by the pipeline and the reader. */
export const articleRemarkPlugins = Object.freeze([remarkGfm, remarkMath, remarkDisplayMath] as const);

let processor: Processor<Root> | null = null;

/** Parses article Markdown with the shared plugins and runs the tree transforms. */
export function parseMarkdown(file: VFile): Root {
  processor ??= unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDisplayMath) as never;
  const p = processor as Processor<Root>;
  return p.runSync(p.parse(file), file) as Root;
}
