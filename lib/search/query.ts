import type { Query } from "minisearch";
import { bigrams, isStopWord, joinTerm, longWords, type Run, splitRuns } from "./tokenize";

/**
 * A reader's query, parsed once: what to look up in the index, and what to highlight in snippets.
 * Queries are cut to a bounded size first, so a pasted paragraph costs no more than a long question.
 */

export const MAX_QUERY_CHARS = 64;
const MAX_GROUPS = 12;

/** One index term to look up; `prefix` also matches longer terms that start with it. */
export type TermLookup = { term: string; prefix: boolean; fuzzy: number };

/**
 * One unit a matching document must contain: a Latin word, or a Han run (all of whose bigrams
 * must occur; whole segmenter words found in it only add score).
 */
export type QueryGroup = { text: string; required: TermLookup[]; bonus: TermLookup[] };

export type QueryPlan = {
  groups: QueryGroup[];
  /** Terms for neighbouring words ("transformer_模"): they add score, never exclude. */
  joins: TermLookup[];
  /** Whole query words and Han runs, to highlight where they occur as typed. */
  highlights: string[];
  /** Their pieces (bigrams), highlighted where the whole run does not occur. */
  pieces: string[];
};

export function parseQuery(raw: string): QueryPlan {
  const clipped = Array.from(raw.trim()).slice(0, MAX_QUERY_CHARS).join("");
  const runs = splitRuns(clipped);
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (const run of runs) {
    if (seen.has(run.text) || groups.length >= MAX_GROUPS) continue;
    if (run.kind === "word" && isStopWord(run.text) && runs.length > 1) continue;
    seen.add(run.text);
    groups.push(runGroup(run));
  }
  const joins = unique(runs.flatMap((run, i) => (run.joined && i > 0 ? [queryJoin(runs[i - 1], run)] : [])))
    .slice(0, MAX_GROUPS)
    .map(exact);
  const byLength = (a: string, b: string) => b.length - a.length;
  const highlights = unique(groups.map((g) => g.text)).sort(byLength);
  const pieces = unique(groups.flatMap((g) => [...g.bonus, ...g.required].map((l) => l.term))).sort(byLength);
  return { groups, joins, highlights, pieces };
}

function runGroup(run: Run): QueryGroup {
  if (run.kind === "word") return { text: run.text, required: [wordLookup(run.text)], bonus: [] };
  // One character: every bigram starting with it (and the run-final unigram) matches by prefix.
  if (Array.from(run.text).length === 1) return { text: run.text, required: [{ term: run.text, prefix: true, fuzzy: 0 }], bonus: [] };
  return { text: run.text, required: unique(coveringBigrams(run.text)).map(exact), bonus: unique(longWords(run.text)).map(exact) };
}

/**
 * Enough bigrams to cover every character once ("模型压缩" → 模型, 压缩; "交叉熵" → 交叉, 叉熵).
 * Requiring the overlapping ones too adds little precision but costs a posting-list walk each,
 * and the common ones (模型, 学习) are long on a large corpus.
 */
export function coveringBigrams(run: string): string[] {
  const all = bigrams(run);
  const cover = all.filter((_, i) => i % 2 === 0);
  if (all.length % 2 === 0) cover.push(all[all.length - 1]);
  return cover;
}

/** Two Han runs typed with a space between ("智能 客服") join as the bigram across the space. */
function queryJoin(left: Run, right: Run): string {
  if (left.kind === "han" && right.kind === "han") return `${Array.from(left.text).at(-1)}${Array.from(right.text)[0]}`;
  return joinTerm(left, right);
}

function exact(term: string): TermLookup {
  return { term, prefix: false, fuzzy: 0 };
}

/** Latin words match by prefix while typing ("trans" → transformer) and forgive a typo when long. */
function wordLookup(word: string): TermLookup {
  return { term: word, prefix: word.length >= 2, fuzzy: word.length >= 6 ? 1 : 0 };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function lookupQuery(lookup: TermLookup): Query {
  return { queries: [lookup.term], prefix: lookup.prefix, fuzzy: lookup.fuzzy };
}

/** Every word of the query must occur: all required terms, in any field. */
export function allTermsQuery(plan: QueryPlan): Query {
  return { combineWith: "AND", queries: requiredLookups(plan).map(lookupQuery) };
}

/** Fallback when nothing has every word: any of them, most overlap first. */
export function anyTermQuery(plan: QueryPlan): Query {
  return { combineWith: "OR", queries: requiredLookups(plan).map(lookupQuery) };
}

/**
 * Whole segmenter words and neighbour joins: they never decide whether a document matches, only
 * how high it ranks. Null when the query has none.
 */
export function bonusQuery(plan: QueryPlan): Query | null {
  const bonus = [...plan.groups.flatMap((g) => g.bonus), ...plan.joins];
  return bonus.length > 0 ? { combineWith: "OR", queries: bonus.map(lookupQuery) } : null;
}

function requiredLookups(plan: QueryPlan): TermLookup[] {
  const all = plan.groups.flatMap((g) => g.required);
  return all.filter((lookup, i) => all.findIndex((other) => other.term === lookup.term) === i);
}

/** Every term the plan may look up, to know which index shards it needs. */
export function lookups(plan: QueryPlan): TermLookup[] {
  const all = [...plan.groups.flatMap((g) => [...g.required, ...g.bonus]), ...plan.joins];
  return all.filter((lookup, i) => all.findIndex((other) => other.term === lookup.term) === i);
}
