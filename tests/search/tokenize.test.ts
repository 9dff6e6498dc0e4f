import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS, parseQuery } from "@/lib/search/query";
import { shardKey, shardOf } from "@/lib/search/shard";
import { bigrams, indexTerms, normalizeText, splitRuns } from "@/lib/search/tokenize";

describe("indexTerms: Chinese", () => {
  it("indexes a Han run as overlapping bigrams plus its last character", () => {
    const terms = indexTerms("模型压缩");
    expect(terms).toEqual(expect.arrayContaining(["模型", "型压", "压缩", "缩"]));
    expect(terms).not.toContain("模型压缩与");
  });

  it("adds the three-plus character words Intl.Segmenter finds, for whole-word queries", () => {
    expect(indexTerms("自注意力机制")).toContain("注意力");
  });

  it("splits Han runs at Chinese punctuation, so no bigram spans a comma", () => {
    const terms = indexTerms("数据增强，迁移学习");
    expect(terms).toContain("增强");
    expect(terms).toContain("迁移");
    expect(terms).not.toContain("强，");
    expect(terms).not.toContain("强迁");
  });

  it("keeps a lone Han character as a unigram", () => {
    expect(indexTerms("熵")).toEqual(["熵"]);
  });
});

describe("indexTerms: English and mixed", () => {
  it("lowercases Latin words, drops stop words and joins neighbours", () => {
    const terms = indexTerms("Masked Language Model of the BERT");
    expect(terms).toEqual(expect.arrayContaining(["masked", "language", "model", "bert", "_masked_language", "_language_model"]));
    expect(terms).not.toContain("the");
    expect(terms).not.toContain("of");
  });

  it("separates a Latin word glued to Chinese and joins the two across the script change", () => {
    const terms = indexTerms("以Transformer模型为例");
    expect(terms).toEqual(expect.arrayContaining(["transformer", "模型", "_transformer_模", "_以_transformer"]));
    expect(terms.some((t) => t.includes("r模") && !t.startsWith("_"))).toBe(false);
  });

  it("folds full-width letters and digits to ASCII", () => {
    expect(normalizeText("ＧＰＴ３")).toBe("gpt3");
    expect(indexTerms("ＢＥＲＴ模型")).toContain("bert");
  });

  it("does not join words separated by punctuation", () => {
    expect(indexTerms("TensorFlow、PyTorch")).not.toContain("_tensorflow_pytorch");
    expect(indexTerms("TensorFlow PyTorch")).toContain("_tensorflow_pytorch");
  });

  it("splits runs by script and keeps their order", () => {
    expect(splitRuns("KV Cache 的 GPU 显存").map((r) => `${r.kind}:${r.text}`)).toEqual([
      "word:kv",
      "word:cache",
      "han:的",
      "word:gpu",
      "han:显存",
    ]);
    expect(bigrams("注意力")).toEqual(["注意", "意力"]);
  });
});

describe("parseQuery", () => {
  it("requires every bigram of a Chinese query and boosts its segmenter words", () => {
    const plan = parseQuery("自注意力");
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0].required.map((l) => l.term)).toEqual(["自注", "意力"]);
    expect(plan.groups[0].bonus.map((l) => l.term)).toContain("注意力");
    expect(plan.highlights).toEqual(["自注意力"]);
  });

  it("requires just enough bigrams to cover every character", () => {
    expect(parseQuery("交叉熵").groups[0].required.map((l) => l.term)).toEqual(["交叉", "叉熵"]);
    expect(parseQuery("深度学习框架").groups[0].required.map((l) => l.term)).toEqual(["深度", "学习", "框架"]);
    expect(parseQuery("梯度裁剪法").groups[0].required.map((l) => l.term)).toEqual(["梯度", "裁剪", "剪法"]);
  });

  it("looks a one-character query up by prefix", () => {
    expect(parseQuery("熵").groups[0].required).toEqual([{ term: "熵", prefix: true, fuzzy: 0 }]);
  });

  it("reads a mixed query as one group per word and a join for words typed together", () => {
    const plan = parseQuery("Transformer 模型");
    expect(plan.groups.map((g) => g.text)).toEqual(["transformer", "模型"]);
    expect(plan.joins.map((j) => j.term)).toEqual(["_transformer_模"]);
    const kv = parseQuery("KV Cache");
    expect(kv.groups.map((g) => g.text)).toEqual(["kv", "cache"]);
    expect(kv.joins.map((j) => j.term)).toEqual(["_kv_cache"]);
  });

  it("joins two Chinese words typed with a space as the bigram across it", () => {
    expect(parseQuery("智能 客服").joins.map((j) => j.term)).toEqual(["能客"]);
  });

  it("gives empty, blank and punctuation-only queries no groups", () => {
    for (const q of ["", "   ", "\t\n", ".*[](){}+?^$|\\", "！？。，"]) expect(parseQuery(q).groups).toEqual([]);
  });

  it("bounds a 200-character query", () => {
    const plan = parseQuery("深度学习".repeat(50));
    expect(plan.groups[0].text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    const words = parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "));
    expect(words.groups.length).toBeLessThanOrEqual(12);
  });

  it("treats markup in a query as words, never as anything else", () => {
    expect(parseQuery("<script>alert(1)</script>").groups.map((g) => g.text)).toEqual(["script", "alert", "1"]);
  });
});

describe("shards", () => {
  it("puts every term a prefix query can match into the query's shard", () => {
    for (const count of [1, 7, 64]) {
      expect(shardOf("模型", count)).toBe(shardOf("模", count));
      expect(shardOf("transformer", count)).toBe(shardOf("tr", count));
      expect(shardOf("_transformer_模", count)).toBe(shardOf("_t", count));
    }
    expect(shardKey("模型")).toBe("模");
    expect(shardKey("lepton")).toBe("le");
  });

  it("spreads keys over all shards", () => {
    const used = new Set(Array.from("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质再走").map((c) => shardOf(c, 16)));
    expect(used.size).toBe(16);
  });
});
