import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/content/mentions";
import type { Article, Block, Section } from "@/lib/content/schema";
import { blockIndexOf, fragmentKey, mentionedTerms, planArticle } from "@/lib/glossary/linkPlan";

const matcher = buildMatcher([
  { id: "fine-tuning", term: "微调", aliases: ["模型微调"] },
  { id: "pre-training", term: "预训练", aliases: [] },
  { id: "bert", term: "BERT", aliases: [] },
]);

function section(id: string, blocks: Block[]): Section {
  return { id, number: null, title: id, level: 2, kind: "other", parentId: null, blocks, text: "", line: 1 };
}

function article(sections: Section[]): Article {
  return {
    slug: "demo",
    order: 0,
    title: "Demo",
    source: "content/articles/demo.md",
    author: null,
    keywords: [],
    summary: null,
    charCount: 1,
    readingMinutes: 1,
    sections,
    formulas: [],
    code: [],
    diagrams: [],
    faq: [],
    concepts: [],
  };
}

const prose = (id: string, markdown: string): Block => ({ type: "prose", id, markdown });

describe("mentionedTerms", () => {
  it("lists terms in prose in order of first mention, ignoring code, math and headings", () => {
    const md = "#### 微调\n\n`BERT` 与 $预训练$ 不算，正文中的模型微调和BERT算。";
    expect(mentionedTerms(md, matcher)).toEqual(["fine-tuning", "bert"]);
  });
});

describe("planArticle", () => {
  const a = article([
    section("s-1", [
      prose("p1", "BERT 先预训练。"),
      { type: "code", id: "c1", lang: "python", code: "# 微调" },
      prose("p2", "BERT 再微调，预训练不再链接。"),
      { type: "faq", id: "q1", question: "什么是微调？", answer: "微调就是……" },
    ]),
    section("s-2", [
      { type: "concept", id: "k1", term: "模型微调", aliases: ["Fine-tuning"], definition: "在预训练模型上继续训练，即微调。" },
      prose("p3", "微调之后再评估。"),
    ]),
  ]);
  const plan = planArticle(a, matcher);

  it("links each term once per section, in the first block that mentions it", () => {
    expect([...(plan.byFragment.get(fragmentKey("s-1", 0)) ?? [])]).toEqual(["bert", "pre-training"]);
    expect([...(plan.byFragment.get(fragmentKey("s-1", 2)) ?? [])]).toEqual(["fine-tuning"]);
    expect(plan.byFragment.has(fragmentKey("s-1", 3))).toBe(false);
  });

  it("starts afresh in the next section, concept definitions included", () => {
    expect([...(plan.byFragment.get(fragmentKey("s-2", 0)) ?? [])]).toEqual(["pre-training"]);
  });

  it("does not link a concept card's own term inside its definition (the card links it)", () => {
    expect(plan.byFragment.get(fragmentKey("s-2", 0))?.has("fine-tuning")).toBe(false);
    expect([...(plan.byFragment.get(fragmentKey("s-2", 1)) ?? [])]).toEqual(["fine-tuning"]);
  });

  it("collects the page's linked terms and puts the preview host in the first linking fragment", () => {
    expect(plan.terms).toEqual(["bert", "pre-training", "fine-tuning"]);
    expect(plan.host).toBe(fragmentKey("s-1", 0));
  });

  it("finds a rendered fragment's block by its source", () => {
    expect(blockIndexOf(a.sections[0], "BERT 再微调，预训练不再链接。")).toBe(2);
    expect(blockIndexOf(a.sections[0], "微调就是……")).toBe(3);
    expect(blockIndexOf(a.sections[0], "什么是微调？")).toBe(-1);
  });
});
