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
    // 002: four passages in the first paragraph (the career claims and the real infrastructure work),
    // then 2.1, 3.2.1, 4.1, 5.2, the two code captions and the log caption of 5.3–5.4, 7.3, 8.1 and Q2 of 9.
    expect(articleNotes(corpus, article("ai-infra-jia-yangqing")).map((n) => [n.number, n.id])).toEqual([
      [1, "transformer-not-jia"],
      [2, "jia-research-not-nlp"],
      [3, "tensorflow-not-jia"],
      [4, "jia-real-infra-work"],
      [5, "transformer-concept-not-jia"],
      [6, "factorization-not-quantization"],
      [7, "transformer-formula"],
      [8, "bert-not-in-code"],
      [9, "imdb-preprocess-broken"],
      [10, "validation-data-undefined"],
      [11, "training-log-invented"],
      [12, "transformer-paper-authors"],
      [13, "summary-repeats-errors"],
      [14, "tensorflow-lite-not-jia"],
      [15, "few-labels-overfitting"],
    ]);
    // 001: 讯飞 (1.1) comes before the career note (1.2) although the file lists it second; the
    // reference list (11) comes after the paper list (8.3).
    expect(articleNotes(corpus, article("china-llm-market")).map((n) => n.id)).toEqual([
      "iflytek-not-tencent",
      "jia-yangqing-career",
      "jia-views-unsourced-llm-market",
      "llm-parameter-scale",
      "cross-entropy-notation",
      "contradictory-labels",
      "text-classifier-code-incomplete",
      "gpt3-paper-title",
      "nndl-publisher",
    ]);
  });

  it("counts corrections and context notes per article", () => {
    expect(
      corpus.articles.map((a) => [a.slug, noteCounts(corpus, a.slug).correction, noteCounts(corpus, a.slug).context]),
    ).toEqual([
      ["ai-race-silicon-valley", 6, 5],
      ["china-llm-market", 5, 4],
      ["ai-infra-jia-yangqing", 14, 1],
      ["ai-infra-storytelling", 6, 2],
      ["lepton-ai-llm-era", 8, 3],
    ]);
  });

  it("links a note to its passage on the article page", () => {
    expect(notePassagePath({ articleSlug: "lepton-ai-llm-era", id: "lepton-founded-2023" })).toBe(
      "/articles/lepton-ai-llm-era/#lepton-founded-2023",
    );
  });
});
