import { describe, expect, it } from "vitest";
import { repoCorpus } from "../content/helpers";
import { notesInText } from "@/lib/notes/notesInText";

describe("notesInText", () => {
  const corpus = repoCorpus();

  it("finds the correction on 002's Transformer definition when the definition is quoted elsewhere", () => {
    const article = corpus.articles.find((a) => a.slug === "ai-infra-jia-yangqing");
    const definition = article?.concepts.find((c) => c.term === "Transformer")?.definition ?? "";
    expect(notesInText(corpus, "ai-infra-jia-yangqing", definition).map((n) => n.id)).toEqual([
      "transformer-concept-not-jia",
    ]);
  });

  it("only looks at notes of the quoted article", () => {
    expect(notesInText(corpus, "china-llm-market", "贾扬清作为Transformer模型的提出者")).toEqual([]);
  });
});
