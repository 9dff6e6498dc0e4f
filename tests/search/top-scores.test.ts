import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content";
import { searchDocuments } from "@/lib/search/documents";
import { buildMiniSearch } from "@/lib/search/index-files";
import { parseQuery } from "@/lib/search/query";
import { rankDocuments } from "@/lib/search/rank";
import { TopScores } from "@/lib/search/top-scores";

describe("TopScores", () => {
  it("accepts every score that ends up among the k best, and counts all", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 8 }), (scores, k) => {
        const top = new TopScores(k);
        const accepted = scores.filter((s) => top.offer(s));
        const best = [...scores].sort((a, b) => b - a).slice(0, k);
        const kept = [...accepted].sort((a, b) => b - a).slice(0, k);
        expect(kept).toEqual(best);
        expect(top.seen).toBe(scores.length);
      }),
    );
  });
});

describe("rankDocuments with a limit", () => {
  let index: ReturnType<typeof buildMiniSearch>;
  beforeAll(() => {
    index = buildMiniSearch(searchDocuments(buildCorpus().corpus).docs);
  });

  it("returns the same best documents, in the same order, as ranking everything", () => {
    for (const q of ["模型", "深度学习", "贾扬清", "Transformer 模型", "熵", "数据"]) {
      const plan = parseQuery(q);
      const everything = rankDocuments(index, plan, Number.MAX_SAFE_INTEGER);
      const limited = rankDocuments(index, plan, 10);
      expect(limited.total, q).toBe(everything.total);
      expect(limited.hits, q).toEqual(everything.hits.slice(0, 10));
    }
  });
});
