import { describe, expect, it } from "vitest";
import { withDefinitionNotes } from "@/lib/content/glossary";
import type { GlossaryTerm } from "@/lib/content/schema";
import { repoCorpus } from "../content/helpers";

describe("notes on quoted definitions", () => {
  const corpus = repoCorpus();

  it("give 002's Transformer definition the note that corrects it, where the glossary quotes it", () => {
    const transformer = corpus.glossary.find((t) => t.term === "Transformer");
    const quoted = transformer?.definitions.find((d) => d.articleSlug === "ai-infra-jia-yangqing");
    expect(quoted?.text).toContain("由贾扬清提出");
    expect(quoted?.noteIds).toEqual(["transformer-concept-not-jia"]);
    // Of all the glossary's definitions, two carry a note today: that one, and 001's 大模型
    // ("…具有数百万、数千万甚至数十亿个参数的深度学习模型"), whose parameter counts a note corrects.
    const carried = corpus.glossary.flatMap((t) => t.definitions.flatMap((d) => d.noteIds.map((id) => `${t.term} ${d.articleSlug} ${id}`)));
    expect(carried.sort()).toEqual(["Transformer ai-infra-jia-yangqing transformer-concept-not-jia", "大模型 china-llm-market llm-parameter-scale"]);
  });

  it("come only from the quoted article, and never to our own definitions", () => {
    const note = { id: "n", articleSlug: "one", quote: "继续训练" };
    const term = {
      definitions: [
        { articleSlug: null, sectionId: null, text: "在已有模型上继续训练。", plain: "", noteIds: [] },
        { articleSlug: "one", sectionId: "s-1", text: "在预训练模型上继续训练。", plain: "", noteIds: [] },
        { articleSlug: "two", sectionId: "s-1", text: "在预训练模型上继续训练。", plain: "", noteIds: [] },
      ],
    } as unknown as GlossaryTerm;
    expect(withDefinitionNotes([term], [note])[0].definitions.map((d) => d.noteIds)).toEqual([[], ["n"], []]);
  });
});
