import { describe, expect, it } from "vitest";
import { clauseSubjects, headingTerms, pairTerms, parseTerm } from "@/lib/content/concepts";
import { parseFixture } from "./helpers";

describe("concepts", () => {
  it("splits parenthesised English names off as aliases, half- or full-width", () => {
    expect(parseTerm("AI基础设施(AI Infra)")).toEqual({ term: "AI基础设施", aliases: ["AI Infra"] });
    expect(parseTerm("模型微调（Fine-tuning）")).toEqual({ term: "模型微调", aliases: ["Fine-tuning"] });
    expect(parseTerm("可解释性AI：")).toEqual({ term: "可解释性AI", aliases: [] });
  });

  it("reads `**术语(English)**：定义` list items in a concepts section, and only lists of that shape", () => {
    const { article } = parseFixture("concepts-list.md");
    expect(article.concepts.map((c) => [c.id, c.term, c.aliases, c.definition, c.sectionId])).toEqual([
      ["c-1", "AI基础设施", ["AI Infra"], "是指支持人工智能模型开发的全链路解决方案。", "s-2-1"],
      ["c-2", "模型微调", ["Fine-tuning"], "指在预训练模型上用少量标注数据继续训练。", "s-2-1"],
      ["c-3", "可解释性AI", [], "能够提供透明度的AI模型。", "s-2-1"],
    ]);
    expect(article.sections[1].blocks.map((b) => b.type)).toEqual(["prose", "concept", "concept", "concept", "prose"]);
  });

  it("does not read bold list items outside concepts sections as concepts", () => {
    const { article } = parseFixture("concepts-list.md");
    expect(article.sections.find((s) => s.id === "s-3")?.blocks.map((b) => b.type)).toEqual(["prose"]);
  });

  it("names terms from headings: minus 的基本概念, or one side of X与Y", () => {
    expect(headingTerms("大模型的基本概念")).toEqual(["大模型"]);
    expect(headingTerms("深度学习与神经网络")).toEqual(["深度学习与神经网络", "深度学习", "神经网络"]);
  });

  it("reads sub-sections whose first paragraph defines the heading's term, once per term", () => {
    const { article } = parseFixture("concepts-heading.md");
    expect(article.concepts.map((c) => [c.term, c.sectionId, c.definition])).toEqual([
      ["大模型", "s-2-1", "大模型是指具有数十亿参数的深度学习模型。"],
      ["深度学习", "s-2-3", "深度学习是人工智能的核心技术之一。"],
    ]);
    expect(article.sections[1].blocks.map((b) => b.type)).toEqual(["concept", "prose"]);
    expect(article.sections[4].blocks.map((b) => b.type)).toEqual(["prose"]);
  });
});

describe("concepts under X与Y headings", () => {
  it("splits only X与Y headings, minus suffixes like 的关系", () => {
    expect(pairTerms("大模型与数据集")).toEqual(["大模型", "数据集"]);
    expect(pairTerms("大模型与人工智能的关系")).toEqual(["大模型", "人工智能"]);
    expect(pairTerms("大模型的基本概念")).toEqual([]);
    expect(pairTerms("与")).toEqual([]);
  });

  it("finds the heading terms a clause is about, coordinated subjects and aliases included", () => {
    const terms = ["计算机视觉", "自然语言处理"];
    expect(clauseSubjects("计算机视觉（CV）和自然语言处理（NLP）是AI领域的重要分支", terms)).toEqual([
      { term: "计算机视觉", alias: "CV" },
      { term: "自然语言处理", alias: "NLP" },
    ]);
    expect(clauseSubjects("而自然语言处理则专注于文本", terms)).toEqual([{ term: "自然语言处理", alias: null }]);
    expect(clauseSubjects("这些数据集包括训练集", ["大模型", "数据集"])).toEqual([{ term: "数据集", alias: null }]);
  });

  it("does not take an object, a possessive or an unknown verb for a subject", () => {
    expect(clauseSubjects("大模型依赖于大量的数据集", ["数据集"])).toEqual([]);
    expect(clauseSubjects("大模型的训练需要算力", ["大模型"])).toEqual([]);
    expect(clauseSubjects("计算机视觉和图像很重要", ["计算机视觉"])).toEqual([]);
  });

  it("defines each term by the sentences whose clauses it is the subject of (fixture)", () => {
    const { article } = parseFixture("concepts-pair.md");
    expect(article.concepts.map((c) => [c.term, c.aliases, c.sectionId, c.definition])).toEqual([
      // §2.1: the first term opens the paragraph with 是, so the existing rule makes it a card.
      ["深度学习", [], "s-2-1", "深度学习是人工智能的核心技术之一，它基于神经网络。神经网络由多个层级组成，包括输入层和输出层。每一层都做加权求和。"],
      ["神经网络", [], "s-2-1", "神经网络由多个层级组成，包括输入层和输出层。"],
      ["大模型", [], "s-2-2", "大模型依赖于大量的数据集进行训练，这些数据集包括训练集和测试集。"],
      ["数据集", [], "s-2-2", "大模型依赖于大量的数据集进行训练，这些数据集包括训练集和测试集。"],
      [
        "计算机视觉",
        ["CV"],
        "s-2-3",
        "**计算机视觉**（CV）和自然语言处理（NLP）是AI领域的重要分支。计算机视觉涉及图像的理解，而自然语言处理则专注于文本的处理。",
      ],
      ["自然语言处理", ["NLP"], "s-2-3", "**计算机视觉**（CV）和自然语言处理（NLP）是AI领域的重要分支。计算机视觉涉及图像的理解，而自然语言处理则专注于文本的处理。"],
    ]);
  });

  it("keeps the paragraph on the page: a card only where the single-term rule made one", () => {
    const { article } = parseFixture("concepts-pair.md");
    const types = (id: string) => article.sections.find((s) => s.id === id)?.blocks.map((b) => b.type);
    expect(types("s-2-1")).toEqual(["concept"]);
    expect(types("s-2-2")).toEqual(["prose"]);
    expect(types("s-2-3")).toEqual(["prose"]);
  });

  it("skips terms already defined, objects, and sections that are not about concepts", () => {
    const { article } = parseFixture("concepts-pair.md");
    // §2.4 "大模型是……": 大模型 is known from §2.2 and 人工智能 is only an object; §3.1 is practice.
    expect(article.concepts.filter((c) => c.sectionId === "s-2-4" || c.sectionId === "s-3-1")).toEqual([]);
  });
});
