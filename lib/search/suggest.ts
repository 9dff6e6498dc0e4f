import { filterGlossary, type IndexRow, prepareIndex } from "@/lib/glossary/filter";
import { parseQuery } from "./query";
import { segmentWords, splitRuns } from "./tokenize";

/**
 * What to offer when a query finds nothing: glossary terms close to it (by name, alias, pinyin or
 * initials — the glossary page's own matcher), and shorter searches that do find something.
 */

export type Suggestions = { terms: IndexRow[]; searches: string[] };

const MAX_TERMS = 6;
const MAX_SEARCHES = 5;

/** Glossary terms for the query, else for any of its words, else the most mentioned terms. */
export function suggestTerms(query: string, glossary: readonly IndexRow[]): IndexRow[] {
  // Equal matches, and the fallback, go to the terms the articles mention most.
  const byMentions = [...glossary].sort((a, b) => b.mentions - a.mentions);
  const index = prepareIndex(byMentions);
  const seen = new Set<string>();
  const picked: IndexRow[] = [];
  for (const candidate of [query, ...queryParts(query)]) {
    for (const match of filterGlossary(index, candidate)) {
      if (picked.length >= MAX_TERMS) return picked;
      if (seen.has(match.row.id)) continue;
      seen.add(match.row.id);
      picked.push(match.row);
    }
  }
  return picked.length > 0 ? picked : byMentions.slice(0, MAX_TERMS);
}

/** Shorter searches worth trying: each word of the query, each Chinese word in it, and terms. */
export function candidateSearches(query: string, terms: IndexRow[]): string[] {
  const normalized = parseQuery(query).highlights.join(" ");
  const candidates = [...queryParts(query), ...terms.map((t) => t.term)];
  return [...new Set(candidates)].filter((c) => c !== normalized && c.trim().length > 0);
}

/** Keeps the candidates that find something, in order, up to the limit. */
export async function relatedSearches(candidates: string[], count: (query: string) => Promise<number>): Promise<string[]> {
  const found: string[] = [];
  for (const candidate of candidates) {
    if (found.length >= MAX_SEARCHES) break;
    if ((await count(candidate)) > 0) found.push(candidate);
  }
  return found;
}

/** The words of a query: Latin words, Han runs, and the two-plus character words inside the runs. */
function queryParts(query: string): string[] {
  const runs = splitRuns(parseQuery(query).highlights.join(" "));
  const parts: string[] = [];
  for (const run of runs) {
    parts.push(run.text);
    if (run.kind === "han") parts.push(...segmentWords(run.text, 2));
  }
  return runs.length === 1 && parts.length === 1 ? [] : parts;
}
