import { describe, expect, it } from "vitest";
import { headingTerms, parseTerm } from "@/lib/content/concepts";
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
