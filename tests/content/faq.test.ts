import { describe, expect, it } from "vitest";
import { parseFixture } from "./helpers";

describe("FAQ forms", () => {
  it("reads bold **Q1：…** / **Q2: …** / **Q3. …** questions answered by A:/A：/A.", () => {
    const { article } = parseFixture("faq-bold.md");
    expect(article.faq.map((f) => [f.id, f.sectionId, f.question])).toEqual([
      ["faq-1", "s-9", "如何选择模型？"],
      ["faq-2", "s-9", "如何避免过拟合？"],
      ["faq-3", "s-9", "什么是微调？"],
    ]);
    expect(article.faq[0].answer).toBe("看任务。\n1. 分类：CNN。\n2. 生成：Transformer。\n\n第二段答案。");
    expect(article.faq[1].answer).toBe("使用正则化。");
    expect(article.faq[2].answer).toBe("在预训练模型上继续训练。");
  });

  it("gives each answer a one-line plain-text excerpt: no list or bold markers, paragraphs joined", () => {
    expect(parseFixture("faq-bold.md").article.faq[0].excerpt).toBe("看任务。分类：CNN。生成：Transformer。第二段答案。");
    expect(parseFixture("faq-headings.md").article.faq[1].excerpt).toBe("大模型具有以下优势：特征提取：自动。泛化：更好。");
  });

  it("reads `### Q1. …` headings answered by `A1. …`, and they are not sections", () => {
    const { article } = parseFixture("faq-headings.md");
    expect(article.sections.map((s) => s.id)).toEqual(["fu-lu-chang-jian-wen-ti-yu-jie-da"]);
    expect(article.faq.map((f) => f.question)).toEqual(["什么是大模型？", "大模型的优势是什么？"]);
    expect(article.faq[0].answer).toBe("参数很多的模型。");
    expect(article.faq[1].answer).toBe("大模型具有以下优势：\n- **特征提取**：自动。\n- **泛化**：更好。");
  });

  it("reads numbered headings `### 10.1 …？` inside the FAQ section as questions", () => {
    const { article } = parseFixture("faq-numbered.md");
    expect(article.sections.map((s) => s.id)).toEqual(["s-10", "s-11"]);
    expect(article.faq.map((f) => [f.question, f.answer])).toEqual([
      ["大模型与深度学习的关系是什么？", "大模型是深度学习的一种发展形式。"],
      ["大模型是否一定比小模型效果好？", "不一定。\n\n模型大小应按任务选择。"],
    ]);
    expect(article.sections[1].blocks).toMatchObject([{ type: "prose", markdown: "[1] Deep learning." }]);
  });

  it("drops a plain sub-heading before the questions and keeps the closing paragraph out of the last answer", () => {
    const { article } = parseFixture("faq-subheading.md");
    expect(article.sections.map((s) => s.id)).toEqual(["s-9"]);
    expect(article.faq.map((f) => [f.question, f.answer])).toEqual([
      ["如何选择框架？", "看需求。"],
      ["如何部署？", "用推理引擎。"],
    ]);
    expect(article.sections[0].blocks.map((b) => b.type)).toEqual(["faq", "faq", "prose"]);
    expect(JSON.stringify(article)).not.toContain("### 常见问题与解答");
  });

  it("reads 问：/答： pairs (same or next paragraph) and bold `Q1.`, keeping the intro as prose", () => {
    const { article } = parseFixture("faq-wenda.md");
    expect(article.faq.map((f) => [f.question, f.answer])).toEqual([
      ["什么是量化？", "降低参数精度。"],
      ["量化会损失精度吗？", "会有少量损失。"],
      ["剪枝是什么？", "去掉不重要的权重。"],
    ]);
    expect(article.sections[0].blocks[0]).toMatchObject({ type: "prose", id: "p-1", markdown: "下面是读者常问的问题。" });
  });
});
