import { describe, expect, it } from "vitest";
import { repoCorpus } from "../content/helpers";
import { articleNotes, noteCounts, notePassagePath } from "@/lib/notes/articleNotes";

describe("article notes", () => {
  const corpus = repoCorpus();
  const article = (slug: string) => {
    const a = corpus.articles.find((x) => x.slug === slug);
    if (!a) throw new Error(slug);
    return a;
  };

  it("numbers an article's notes in reading order, not in file order", () => {
    // 002: two claims in the first paragraph, the Transformer concept (2.1), the formula (4.1),
    // the paper list (7.3) and the two summary bullets (8.1).
    expect(articleNotes(corpus, article("ai-infra-jia-yangqing")).map((n) => [n.number, n.id])).toEqual([
      [1, "transformer-not-jia"],
      [2, "tensorflow-not-jia"],
      [3, "transformer-concept-not-jia"],
      [4, "transformer-formula"],
      [5, "transformer-paper-authors"],
      [6, "summary-repeats-errors"],
      [7, "tensorflow-lite-not-jia"],
    ]);
    // 001: 讯飞 (1.1) comes before the career note (1.2) although the file lists it second.
    expect(articleNotes(corpus, article("china-llm-market")).map((n) => n.id)).toEqual([
      "iflytek-not-tencent",
      "jia-yangqing-career",
      "llm-parameter-scale",
      "gpt3-paper-title",
    ]);
  });

  it("counts corrections and context notes per article", () => {
    expect(
      corpus.articles.map((a) => [a.slug, noteCounts(corpus, a.slug).correction, noteCounts(corpus, a.slug).context]),
    ).toEqual([
      ["ai-race-silicon-valley", 4, 1],
      ["china-llm-market", 2, 2],
      ["ai-infra-jia-yangqing", 7, 0],
      ["ai-infra-storytelling", 4, 1],
      ["lepton-ai-llm-era", 3, 2],
    ]);
  });

  it("links a note to its passage on the article page", () => {
    expect(notePassagePath({ articleSlug: "lepton-ai-llm-era", id: "lepton-founded-2023" })).toBe(
      "/articles/lepton-ai-llm-era/#lepton-founded-2023",
    );
  });
});
