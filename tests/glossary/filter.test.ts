import { describe, expect, it } from "vitest";
import { boundedEditDistance, filterGlossary, type IndexRow, normalize, prepareIndex, Rank } from "@/lib/glossary/filter";

function row(id: string, term: string, aliases: string[], pinyin: string, initials: string): IndexRow {
  return { id, term, aliases, pinyin, initials, summary: "", mentions: 0 };
}

// Pinyin written by hand here, as a reader would read the terms aloud.
const rows: IndexRow[] = [
  row("fine-tuning", "微调", ["模型微调", "Fine-tuning"], "wei tiao", "wt"),
  row("weights", "权重", ["Weights"], "quan zhong", "qz"),
  row("pre-training", "预训练", ["预训练模型", "Pre-training"], "yu xun lian", "yxl"),
  row("learning-rate", "学习率", ["Learning Rate"], "xue xi lü", "xxl"),
  row("gan", "生成对抗网络", ["GAN", "Generative Adversarial Network"], "sheng cheng dui kang wang luo", "scdkwl"),
  row("gradient-descent", "梯度下降", ["Gradient Descent"], "ti du xia jiang", "tdxj"),
  row("sgd", "随机梯度下降", ["SGD", "Stochastic Gradient Descent"], "sui ji ti du xia jiang", "sjtdxj"),
  row("tensorflow", "TensorFlow", [], "", ""),
  row("kv-cache", "KV缓存", ["KV Cache"], "K V huan cun", "KVhc"),
  row("ai-infra", "AI基础设施", ["AI Infra"], "A I ji chu she shi", "AIjcss"),
  row("gpt", "GPT", ["GPT-3"], "", ""),
];
const index = prepareIndex(rows);
const ids = (q: string) => filterGlossary(index, q).map((m) => m.row.id);

describe("normalize", () => {
  it("folds case, full-width letters, tone marks, spaces and dashes", () => {
    expect(normalize("Ｆｉｎｅ-Tuning")).toBe("finetuning");
    expect(normalize("wēi tiáo")).toBe("weitiao");
    expect(normalize("xué xí lǜ")).toBe("xuexilv");
  });
});

describe("filterGlossary", () => {
  it("matches Chinese substrings of the term and its aliases", () => {
    expect(ids("微调")).toEqual(["fine-tuning"]);
    expect(ids("下降")).toEqual(["gradient-descent", "sgd"]);
    expect(ids("训练模型")).toEqual(["pre-training"]);
  });

  it("matches English names and abbreviations case-insensitively", () => {
    expect(ids("fine-tuning")[0]).toBe("fine-tuning");
    expect(ids("FINE TUNING")[0]).toBe("fine-tuning");
    expect(ids("gan")[0]).toBe("gan");
    expect(ids("kv cache")[0]).toBe("kv-cache");
    expect(ids("tensorflow")).toEqual(["tensorflow"]);
  });

  it("matches full pinyin with or without spaces and tones", () => {
    expect(ids("weitiao")[0]).toBe("fine-tuning");
    expect(ids("wei tiao")[0]).toBe("fine-tuning");
    expect(ids("wēi tiáo")[0]).toBe("fine-tuning");
    expect(ids("wei2 tiao2")[0]).toBe("fine-tuning");
    expect(ids("xuexilv")[0]).toBe("learning-rate");
    expect(ids("xuexilu")[0]).toBe("learning-rate");
  });

  it("matches pinyin initials", () => {
    expect(ids("wt")[0]).toBe("fine-tuning");
    expect(ids("tdxj")[0]).toBe("gradient-descent");
    expect(ids("yxl")[0]).toBe("pre-training");
  });

  it("ranks exact before prefix before substring before fuzzy", () => {
    const results = filterGlossary(index, "梯度下降");
    expect(results.map((m) => [m.row.id, m.rank])).toEqual([
      ["gradient-descent", Rank.exact],
      ["sgd", Rank.substring],
    ]);
    const gpt = filterGlossary(index, "gpt");
    expect(gpt[0].rank).toBe(Rank.exact);
    // "Gradient Descent" is a prefix match for "gradient", "Stochastic Gradient Descent" a substring match.
    expect(filterGlossary(index, "gradient").map((m) => [m.row.id, m.rank])).toEqual([
      ["gradient-descent", Rank.prefix],
      ["sgd", Rank.substring],
    ]);
  });

  it("forgives a typo in longer Latin queries, ranked last", () => {
    const typo = filterGlossary(index, "tensorflwo");
    expect(typo.map((m) => m.row.id)).toEqual(["tensorflow"]);
    expect(typo[0].rank).toBe(Rank.fuzzy);
    expect(ids("weitaio")[0]).toBe("fine-tuning");
  });

  it("does not invent matches for short unrelated queries", () => {
    expect(ids("xyz")).toEqual([]);
    expect(ids("   ")).toEqual([]);
    expect(ids("量子")).toEqual([]);
  });

  it("prefers the term's own name over an alias at the same rank", () => {
    const matches = filterGlossary(index, "sgd");
    expect(matches[0].row.id).toBe("sgd");
    expect(matches[0].field).toBe("alias");
    expect(filterGlossary(index, "微调")[0].field).toBe("term");
  });
});

describe("boundedEditDistance", () => {
  it("counts edits and stops past the limit", () => {
    expect(boundedEditDistance("kitten", "sitting", 3)).toBe(3);
    expect(boundedEditDistance("kitten", "sitting", 1)).toBe(2);
    expect(boundedEditDistance("abc", "abc", 0)).toBe(0);
    expect(boundedEditDistance("weitaio", "weitiao", 1)).toBe(1);
  });
});
