import type MiniSearch from "minisearch";
import type { SearchDoc } from "./documents";
import { allTermsQuery, anyTermQuery, bonusQuery, type QueryPlan } from "./query";
import { TopScores } from "./top-scores";

/** How much each whole-word or neighbour match multiplies a document's score. */
export const BONUS_PER_TERM = 0.5;

export type Ranked = {
  /** The best `limit` documents, best first. */
  hits: { id: number; score: number }[];
  /** How many documents matched in all. */
  total: number;
  /** False when no document has every word and these match only some. */
  complete: boolean;
};

/**
 * MiniSearch's BM25 over the required terms: every word of the query if any document has them all,
 * else any of them. Bonus terms (whole words, words typed side by side) are looked up once — they
 * are rare — and passed to MiniSearch's `boostDocument` hook, so the common required terms are
 * walked only once. Only the best `limit` results are kept and sorted.
 */
export function rankDocuments(index: MiniSearch<SearchDoc>, plan: QueryPlan, limit: number): Ranked {
  const bonus = bonusQuery(plan);
  const bonusTerms = new Map<number, number>();
  if (bonus) for (const result of index.search(bonus)) bonusTerms.set(result.id, result.queryTerms.length);
  const boostDocument = bonusTerms.size > 0 ? (id: number) => 1 + BONUS_PER_TERM * (bonusTerms.get(id) ?? 0) : undefined;

  const run = (query: ReturnType<typeof allTermsQuery>) => {
    const top = new TopScores(limit);
    const results = index.search(query, { boostDocument, filter: (r) => top.offer(r.score) });
    return { hits: results.slice(0, limit).map((r) => ({ id: r.id as number, score: r.score })), total: top.seen };
  };

  const all = run(allTermsQuery(plan));
  const requiredCount = plan.groups.reduce((n, g) => n + g.required.length, 0);
  if (all.total > 0 || requiredCount < 2) return { ...all, complete: true };
  return { ...run(anyTermQuery(plan)), complete: false };
}
