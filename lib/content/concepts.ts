import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";

export interface RawConcept {
  term: string;
  aliases: string[];
  /** Markdown. */
  definition: string;
}

const COLON = /^[ \t]*[:：]/;
const TRAILING_COLON = /[:：]\s*$/;

/** `AI基础设施(AI Infra)` → term AI基础设施, aliases [AI Infra]; half- or full-width parentheses. */
export function parseTerm(label: string): { term: string; aliases: string[] } {
  const clean = label.replace(TRAILING_COLON, "").trim();
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(clean);
  if (!m) return { term: clean, aliases: [] };
  const aliases = m[2]
    .split(/[,，、/;；]/)
    .map((a) => a.trim())
    .filter(Boolean);
  return { term: m[1].trim(), aliases };
}

/** The concept a `**术语(English)**：定义` list item defines, or null when the item has another shape. */
export function conceptFromItem(item: ListItem, source: string): RawConcept | null {
  const para = item.children[0];
  if (para?.type !== "paragraph") return null;
  const [strong, next] = para.children;
  if (strong?.type !== "strong") return null;
  const label = mdToString(strong);
  let from: number | undefined;
  if (TRAILING_COLON.test(label)) from = strong.position?.end.offset;
  else if (next?.type === "text" && COLON.test(next.value)) {
    const at = next.position?.start.offset;
    from = at === undefined ? undefined : at + (COLON.exec(next.value)?.[0].length ?? 0);
  }
  const to = item.position?.end.offset;
  if (from === undefined || to === undefined) return null;
  const definition = source.slice(from, to).trim();
  const { term, aliases } = parseTerm(label);
  if (!term || !definition) return null;
  return { term, aliases, definition };
}

/** A list defines concepts only when every item has the `**term**：definition` shape. */
export function conceptsFromList(list: List, source: string): RawConcept[] | null {
  const concepts = list.children.map((item) => conceptFromItem(item, source));
  return concepts.length > 0 && concepts.every((c) => c !== null) ? (concepts as RawConcept[]) : null;
}

const HEADING_SUFFIX = /(?:的基本概念|的基本定义|的定义|的概念|基本概念|概述|简介|是什么|的关系)$/;

/** Terms a heading may name: the heading minus suffixes like 的基本概念, or either side of `X与Y`. */
export function headingTerms(title: string): string[] {
  const base = title.replace(/[:：].*$/, "").trim();
  const parts = base.includes("与") ? base.split("与") : [];
  return [base, ...parts]
    .map((t) => t.trim().replace(HEADING_SUFFIX, "").trim())
    .filter((t, i, all) => t.length > 0 && all.indexOf(t) === i);
}

/**
 * A sub-section whose heading names a concept and whose first paragraph defines it:
 * `### 2.1 大模型的基本概念` + `大模型是指……`.
 */
export function conceptFromSection(title: string, nodes: readonly RootContent[], source: string): { concept: RawConcept; node: Paragraph } | null {
  const first = nodes[0];
  if (first?.type !== "paragraph") return null;
  const text = mdToString(first).trim();
  for (const term of headingTerms(title)) {
    if (!text.startsWith(term)) continue;
    const m = /^\s*(?:[(（]([^()（）]+)[)）])?\s*(?:是指|是|指)/.exec(text.slice(term.length));
    if (!m) continue;
    const { start, end } = first.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return null;
    const aliases = m[1] ? [m[1].trim()] : [];
    return { concept: { term, aliases, definition: source.slice(start.offset, end.offset).trim() }, node: first };
  }
  return null;
}
