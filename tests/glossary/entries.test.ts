import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/content/mentions";
import type { GlossaryTerm } from "@/lib/content/schema";
import { snippetAround } from "@/lib/content/snippet";
import { MATH_GAP } from "@/lib/content/text";
import { groupByLetter, groupLetter, indexRow, neighbours, sortGlossary } from "@/lib/glossary/entries";
import { shortDefinition } from "@/lib/glossary/names";
import { previewOf } from "@/lib/glossary/preview";

function term(id: string, name: string, pinyin: string, initials: string, aliases: string[] = []): GlossaryTerm {
  return {
    id,
    term: name,
    aliases,
    pinyin,
    initials,
    pinyinMarked: pinyin,
    definitions: [{ articleSlug: null, sectionId: null, text: `${name}的释义。`, plain: `${name}的释义。`, noteIds: [] }],
    mentions: [],
    related: [],
    otherSenses: [],
  };
}

const glossary = [
  term("fine-tuning", "微调", "wei tiao", "wt", ["Fine-tuning"]),
  term("tensorflow", "TensorFlow", "", ""),
  term("ai-infra", "AI基础设施", "ji chu she shi", "jcss", ["AI Infra"]),
  term("adam", "Adam", "", ""),
  term("pre-training", "预训练", "yu xun lian", "yxl"),
  term("f1-score", "F1分数", "fen shu", "fs"),
];

describe("glossary order and groups", () => {
  it("files Chinese names by pinyin and Latin names by their first letter", () => {
    expect(groupLetter(glossary[0])).toBe("W");
    expect(groupLetter(glossary[1])).toBe("T");
    expect(groupLetter(glossary[2])).toBe("A");
  });

  it("sorts by pinyin, Latin lead included, and groups letters in order", () => {
    const sorted = sortGlossary(glossary);
    expect(sorted.map((t) => t.id)).toEqual(["adam", "ai-infra", "f1-score", "tensorflow", "fine-tuning", "pre-training"]);
    expect(groupByLetter(sorted).map((g) => g.letter)).toEqual(["A", "F", "T", "W", "Y"]);
    expect(neighbours(sorted, "tensorflow")).toMatchObject({ prev: { id: "f1-score" }, next: { id: "fine-tuning" } });
    expect(neighbours(sorted, "adam").prev).toBeNull();
  });

  it("gives mixed names full pinyin for search", () => {
    expect(indexRow(glossary[2])).toMatchObject({ pinyin: "ai ji chu she shi", initials: "aijcss" });
    expect(indexRow(glossary[1])).toMatchObject({ pinyin: "tensorflow", initials: "" });
  });
});

describe("snippetAround", () => {
  const matcher = buildMatcher(glossary);
  it("shows the words around the first mention of the term, not of a longer one", () => {
    const text = "大模型训练通常采用预训练-微调的策略。\n预训练阶段学习通用特征；微调阶段适配任务。";
    expect(snippetAround(text, "fine-tuning", matcher, 6)).toEqual({ before: "…采用预训练-", match: "微调", after: "的策略。预训…" });
  });

  it("returns null when the term is absent", () => {
    expect(snippetAround("没有术语。", "adam", matcher)).toBeNull();
  });

  it("leaves out a Latin word the character count would cut", () => {
    const text = "损失函数选用SparseCategoricalCrossentropy，优化器选择了微调过的Adam，数据集生成使用NumPy完成。";
    expect(snippetAround(text, "fine-tuning", matcher, 16)).toEqual({ before: "…，优化器选择了", match: "微调", after: "过的Adam，数据集生成使用…" });
  });

  it("stops short of a formula: at the sentence end before it, else right where it stood", () => {
    const text = `前文有公式${MATH_GAP}。采用预训练-微调的策略。\n${MATH_GAP}\n其中，${MATH_GAP} 为参数。`;
    expect(snippetAround(text, "fine-tuning", matcher)).toEqual({ before: "…采用预训练-", match: "微调", after: "的策略。…" });
    expect(snippetAround(`先做微调，其损失为：${MATH_GAP}`, "fine-tuning", matcher)).toEqual({ before: "先做", match: "微调", after: "，其损失为：…" });
  });

  it("puts no space between the ellipsis and the words, nor after full-width punctuation", () => {
    // Three characters before the term reach back to the space after "bbbb".
    expect(snippetAround("aaaa bbbb 采用微调的策略。", "fine-tuning", matcher, 3)).toEqual({ before: "…采用", match: "微调", after: "的策略…" });
    const text = "前面的话。\n模型训练通常采用预训练-微调的策略。\n后面的话。";
    expect(snippetAround(text, "fine-tuning", matcher)).toEqual({ before: "前面的话。模型训练通常采用预训练-", match: "微调", after: "的策略。后面的话。" });
  });

  it("after a formula, keeps every whole sentence that follows it", () => {
    // The sentence holding the formula ends at the first 。; the sentences after it read whole.
    const text = `损失为${MATH_GAP}。模型收敛较快。随后进行微调。`;
    expect(snippetAround(text, "fine-tuning", matcher)).toEqual({ before: "…模型收敛较快。随后进行", match: "微调", after: "。" });
  });
});

describe("shortDefinition", () => {
  it("cuts at a sentence end when one comes early enough, else adds an ellipsis", () => {
    expect(shortDefinition({ plain: "第一句话比较短。第二句话很长很长很长很长很长很长。" }, 12)).toBe("第一句话比较短。");
    expect(shortDefinition({ plain: "一二三四五六七八九十一二三四五" }, 10)).toBe("一二三四五六七八九十…");
  });
});

describe("previewOf", () => {
  it("shows a Chinese term with its English name and a short definition", () => {
    const preview = previewOf({ ...glossary[0], definitions: [{ articleSlug: null, sectionId: null, text: "甲".repeat(100), plain: "甲".repeat(100), noteIds: [] }] });
    expect(preview.term).toBe("微调");
    expect(preview.english).toBe("Fine-tuning");
    expect(Array.from(preview.definition).length).toBeLessThanOrEqual(65);
  });

  it("gives a Latin-named term no separate English name", () => {
    expect(previewOf(glossary[1]).english).toBeNull();
  });

  it("prefers our own definition over an article's", () => {
    const both = {
      ...glossary[4],
      definitions: [
        { articleSlug: "demo", sectionId: "s-1", text: "文章里的说法。", plain: "文章里的说法。", noteIds: [] },
        { articleSlug: null, sectionId: null, text: "我们的释义。", plain: "我们的释义。", noteIds: [] },
      ],
    };
    expect(previewOf(both).definition).toBe("我们的释义。");
  });
});
