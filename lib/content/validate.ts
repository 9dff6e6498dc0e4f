import katex from "katex";
import type { Nodes, Root } from "mdast";
import type { LocatedFormula } from "./blocks";
import type { UnbalancedDelimiter } from "./normalize";
import type { VFile } from "vfile";
import { location } from "vfile-location";
import "./fileData";
import { fail, warn } from "./problems";

function nodeSource(node: Nodes, source: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : "";
}

/** A fence is closed when its last line repeats the opening character at least as many times. */
export function isClosedFence(text: string): boolean {
  const open = /^[ \t]*(`{3,}|~{3,})/.exec(text);
  if (!open) return true;
  const lines = text.split("\n");
  if (lines.length < 2) return false;
  const last = lines[lines.length - 1].trim();
  const char = open[1][0] === "`" ? "`" : "~";
  return new RegExp(`^\\${char}{${open[1].length},}$`).test(last);
}

/** Structural problems markdown silently recovers from: unclosed fences and math, stray `$$`. */
/**
 * Lists and quotes nested deeper than this are kept in the corpus, but React's server renderer
 * drops levels of such deep trees without a word, so the page may not show them all.
 */
export const MAX_RENDERED_NESTING = 64;

export function checkStructure(tree: Root, source: string, file: VFile): void {
  let reportedNesting = false;
  const visit = (node: Nodes, nesting: number) => {
    const place = node.position?.start;
    if (nesting > MAX_RENDERED_NESTING && !reportedNesting) {
      reportedNesting = true;
      const reason = `Lists or quotes are nested more than ${MAX_RENDERED_NESTING} levels deep here; the page may not show every level`;
      warn(file, "deep-nesting", reason, place);
    }
    if (node.type === "code" && !isClosedFence(nodeSource(node, source))) {
      fail(file, "unclosed-fence", "Code fence is never closed: it runs to the end of the file", place);
    } else if (node.type === "math") {
      const text = nodeSource(node, source);
      if (text.includes("\n") && text.startsWith("$$") && !text.trimEnd().endsWith("$$")) {
        fail(file, "unclosed-math", "Display math opened with $$ is never closed", place);
      }
    } else if (node.type === "text" && node.value.includes("$$")) {
      fail(file, "unbalanced-math", "Unbalanced $$: no matching $$ closes this formula", place);
    }
    const depth = node.type === "list" || node.type === "blockquote" ? nesting + 1 : nesting;
    if ("children" in node) for (const child of node.children) visit(child as Nodes, depth);
  };
  visit(tree, 0);
}

export function reportUnbalanced(unbalanced: readonly UnbalancedDelimiter[], text: string, file: VFile): void {
  const points = location(text);
  for (const u of unbalanced) {
    const closer = u.delimiter === "\\(" ? "\\)" : "\\]";
    fail(file, "unbalanced-math", `Unbalanced ${u.delimiter}: no ${closer} closes this formula`, points.toPoint(u.offset));
  }
}

/** Every formula must parse in KaTeX; the reader renders them at build time. */
export function checkFormulas(formulas: readonly LocatedFormula[], file: VFile): void {
  for (const f of formulas) {
    try {
      katex.renderToString(f.latex, { throwOnError: true, displayMode: f.display, strict: "ignore", trust: false });
    } catch (err) {
      const reason = err instanceof Error ? err.message.replace(/\s+/g, " ") : String(err);
      fail(file, "katex", `Formula ${f.id} does not parse: ${reason}`, f.place);
    }
  }
}

/** Step: structural problems Markdown silently recovers from, at the node where they start. */
export function remarkCheckStructure() {
  return (tree: Root, file: VFile) => checkStructure(tree, String(file.value), file);
}

/** Step: every formula the blocks collected must parse in KaTeX. */
export function remarkCheckFormulas() {
  return (_tree: Root, file: VFile) => checkFormulas(file.data.parsed?.formulas ?? [], file);
}
