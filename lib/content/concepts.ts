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

/** The `X与Y` parts of a heading (`计算机视觉与自然语言处理` → both), or none for other headings. */
export function pairTerms(title: string): string[] {
  const base = title.replace(/[:：].*$/, "").trim().replace(HEADING_SUFFIX, "").trim();
  const parts = base.split("与").map((t) => t.trim().replace(HEADING_SUFFIX, "").trim());
  return parts.length >= 2 && parts.every((t) => t.length > 0) ? parts : [];
}

/** Words that open a clause before its subject: 而, 这些, 其中. */
const CLAUSE_OPENER = /^(?:而且|而|这些|这类|这种|其中)/;
/** A parenthesised name right after a term: `计算机视觉（CV）`. */
const ALIAS = /^\s*[(（]([^()（）]+)[)）]/;
/** Joins coordinated subjects: `计算机视觉（CV）和自然语言处理（NLP）是…`. */
const JOINER = /^\s*(?:和|与|及|以及|、)\s*/;
/**
 * What a clause says right after its subject when it defines or describes it; `大模型的训练…`
 * (a possessive) does not make 大模型 the subject.
 */
const PREDICATE = /^\s*(?:则|也|都)?(?:是指|是|指|包括|包含|涉及|专注于|关注|研究|由|用于|依赖于|依赖|基于|旨在|致力于)/;

/** The heading terms a clause is about, with the aliases written beside them; empty when none is its subject. */
export function clauseSubjects(clause: string, terms: readonly string[]): { term: string; alias: string | null }[] {
  const longestFirst = [...terms].sort((a, b) => b.length - a.length);
  let rest = clause.trim().replace(CLAUSE_OPENER, "");
  const found: { term: string; alias: string | null }[] = [];
  for (;;) {
    const term = longestFirst.find((t) => rest.startsWith(t));
    if (!term) return [];
    rest = rest.slice(term.length);
    const alias = ALIAS.exec(rest);
    if (alias) rest = rest.slice(alias[0].length);
    found.push({ term, alias: alias ? alias[1].trim() : null });
    if (PREDICATE.test(rest)) return found;
    const joiner = JOINER.exec(rest);
    if (!joiner) return [];
    rest = rest.slice(joiner[0].length);
  }
}

/** Sentences of a Markdown slice, each ending at 。！？; or at the end. */
function sentences(markdown: string): string[] {
  return (markdown.match(/[^。！？!?]+[。！？!?]*/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * A sub-section headed `X与Y` whose first paragraph describes both: each term whose name is the
 * subject of a clause is defined by the sentences holding those clauses, in order.
 * `### 2.3 计算机视觉与自然语言处理` + `计算机视觉（CV）和自然语言处理（NLP）是……。计算机视觉涉及……，
 * 而自然语言处理则专注于……。` defines both terms by those two sentences.
 */
export function conceptsFromPairHeading(title: string, nodes: readonly RootContent[], source: string): RawConcept[] {
  const terms = pairTerms(title);
  const first = nodes[0];
  if (terms.length === 0 || first?.type !== "paragraph") return [];
  const { start, end } = first.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return [];
  const byTerm = new Map(terms.map((t) => [t, { sentences: [] as string[], aliases: [] as string[] }]));
  for (const sentence of sentences(source.slice(start.offset, end.offset))) {
    const plain = sentence.replace(/[*_`]/g, "");
    const subjects = plain.split(/[，,；;：:。！？!?]/).flatMap((clause) => clauseSubjects(clause, terms));
    for (const { term, alias } of subjects) {
      const entry = byTerm.get(term);
      if (!entry) continue;
      if (!entry.sentences.includes(sentence)) entry.sentences.push(sentence);
      if (alias && !entry.aliases.includes(alias)) entry.aliases.push(alias);
    }
  }
  return terms.flatMap((term) => {
    const entry = byTerm.get(term);
    return entry && entry.sentences.length > 0 ? [{ term, aliases: entry.aliases, definition: entry.sentences.join("") }] : [];
  });
}
