import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content/corpus";
import type { Article } from "@/lib/content/schema";

/**
 * Expected values counted by hand from content/articles/*.txt. Article 000 has 34 numbered
 * headings (9 top-level, 25 below: 3+1+4+3+3+4+3+4), counted with the file open.
 */
const { corpus, problems } = buildCorpus();
const bySource = (prefix: string): Article => {
  const article = corpus.articles.find((a) => a.source.startsWith(`content/articles/${prefix}_`));
  if (!article) throw new Error(`no article ${prefix}`);
  return article;
};

const codeByLang = (a: Article) => {
  const counts: Record<string, number> = {};
  for (const c of a.code) counts[c.lang ?? "none"] = (counts[c.lang ?? "none"] ?? 0) + 1;
  return counts;
};

const expected = [
  { file: "000", display: 2, inline: 7, code: { bash: 4, python: 1 }, diagrams: 3, faq: 4, first: "如何选择合适的模型和算法？", concepts: 5, keywords: 6, numbered: 34 },
  { file: "001", display: 4, inline: 7, code: { python: 1 }, diagrams: 0, faq: 3, first: "大模型与深度学习的关系是什么？", concepts: 1, keywords: 4, numbered: 34 },
  { file: "002", display: 2, inline: 9, code: { python: 3, none: 1 }, diagrams: 1, faq: 5, first: "如何选择合适的深度学习框架？", concepts: 5, keywords: 0, numbered: 35 },
  { file: "003", display: 2, inline: 9, code: { python: 2 }, diagrams: 2, faq: 5, first: "如何选择适合自己的深度学习框架？", concepts: 5, keywords: 6, numbered: 35 },
  { file: "004", display: 7, inline: 10, code: { python: 2, bash: 2, plaintext: 1 }, diagrams: 1, faq: 5, first: "什么是大模型？", concepts: 6, keywords: 7, numbered: 38 },
];

describe("the five articles", () => {
  it("build without errors", () => {
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(corpus.articles.map((a) => a.slug)).toEqual([
      "ai-race-silicon-valley",
      "china-llm-market",
      "ai-infra-jia-yangqing",
      "ai-infra-storytelling",
      "lepton-ai-llm-era",
    ]);
  });

  for (const e of expected) {
    describe(`article ${e.file}`, () => {
      const a = bySource(e.file);
      it("has the hand-counted formulas, code, diagrams and FAQ", () => {
        expect(a.formulas.filter((f) => f.display)).toHaveLength(e.display);
        expect(a.formulas.filter((f) => !f.display)).toHaveLength(e.inline);
        expect(codeByLang(a)).toEqual(e.code);
        expect(a.diagrams).toHaveLength(e.diagrams);
        expect(a.faq).toHaveLength(e.faq);
        expect(a.faq[0].question).toBe(e.first);
      });
      it("has the hand-counted concepts, keywords and numbered sections", () => {
        expect(a.concepts).toHaveLength(e.concepts);
        expect(a.keywords).toHaveLength(e.keywords);
        expect(a.sections.filter((s) => s.number !== null)).toHaveLength(e.numbered);
      });
      it("gives every formula, code block, diagram, FAQ item and concept a unique id and a real section", () => {
        const sectionIds = new Set(a.sections.map((s) => s.id));
        const items = [...a.formulas, ...a.code, ...a.diagrams, ...a.faq, ...a.concepts];
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
        for (const item of items) expect(sectionIds.has(item.sectionId)).toBe(true);
        expect(sectionIds.size).toBe(a.sections.length);
      });
    });
  }

  it("takes titles from the text for 000, 001, 003 and from the manifest for 002, 004", () => {
    expect(bySource("000").title).toBe("硅谷的AI竞赛：贾扬清的观察，产品落地与基础模型研究并重");
    expect(bySource("001").title).toBe("国内大模型市场：贾扬清的观点，同质化发展与创新机遇");
    expect(bySource("002").title).toBe("贾扬清与AI基础设施：从框架到落地产品");
    expect(bySource("003").title).toBe("讲好AI infra故事：贾扬清的策略，产品展示与品牌建设");
    expect(bySource("004").title).toBe("大模型时代与Lepton AI：技术概述");
  });

  it("reads the author of every article but 003", () => {
    const zen = "禅与计算机程序设计艺术 / Zen and the Art of Computer Programming";
    expect(["000", "001", "002", "003", "004"].map((f) => bySource(f).author)).toEqual([zen, zen, zen, null, zen]);
  });

  it("reads 002's concept aliases", () => {
    expect(bySource("002").concepts.map((c) => [c.term, c.aliases])).toEqual([
      ["AI基础设施", ["AI Infra"]],
      ["Transformer", []],
      ["TensorFlow", []],
      ["模型微调", ["Fine-tuning"]],
      ["模型压缩与量化", ["Quantization"]],
    ]);
  });

  it("reads the concepts 004 defines under its X与Y headings (§2.1–2.3)", () => {
    // §2.1 "深度学习是……。神经网络由多个层级组成……", §2.2 "大模型依赖于……，这些数据集包括训练集和测试集。",
    // §2.3 "计算机视觉（CV）和自然语言处理（NLP）是AI领域的重要分支。……"
    expect(bySource("004").concepts.map((c) => [c.term, c.aliases, c.sectionId])).toEqual([
      ["深度学习", [], "s-2-1"],
      ["神经网络", [], "s-2-1"],
      ["大模型", [], "s-2-2"],
      ["数据集", [], "s-2-2"],
      ["计算机视觉", ["CV"], "s-2-3"],
      ["自然语言处理", ["NLP"], "s-2-3"],
    ]);
  });

  it("drops 001's closing chatter and its 作者署名 section", () => {
    const a = bySource("001");
    expect(JSON.stringify(corpus)).not.toContain("希望对您有所帮助");
    expect(a.sections.some((s) => s.title.includes("作者署名"))).toBe(false);
    expect(a.sections[a.sections.length - 1]).toMatchObject({ id: "s-11", title: "参考文献", kind: "references" });
  });

  it("reads 001's numbered FAQ headings as questions, not sections", () => {
    const a = bySource("001");
    expect(a.sections.some((s) => s.number?.startsWith("10."))).toBe(false);
    expect(a.faq.map((f) => f.sectionId)).toEqual(["s-10", "s-10", "s-10"]);
  });

  it("uses number-based section ids in 002, down to s-3-2-1", () => {
    const ids = bySource("002").sections.map((s) => s.id);
    expect(ids).toContain("s-3-2-1");
    expect(ids).toContain("s-3-2-2");
    expect(bySource("002").sections.find((s) => s.id === "s-3-2-1")).toMatchObject({ title: "模型压缩与量化", parentId: "s-3-2", level: 4 });
  });

  it("reads 004's $$…$$ lines inside list items as display math", () => {
    const display = bySource("004").formulas.filter((f) => f.display).map((f) => f.latex);
    expect(display[0]).toBe("H = \\sigma(WX + b)");
    expect(display).toContain("\\sigma(x) = max(0, x)");
  });

  it("drops 003's plain FAQ sub-heading", () => {
    expect(bySource("003").sections.some((s) => s.level === 3 && s.title === "常见问题与解答")).toBe(false);
  });
});
