import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "@/lib/content";
import { buildMatcher, findMentions } from "@/lib/content/mentions";
import { GlossaryFile } from "@/lib/content/schema";

const curated = GlossaryFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), "content/glossary.json"), "utf8")));
const HAN = /\p{Script=Han}/u;

let corpus: Corpus;
beforeAll(() => {
  corpus = buildCorpus().corpus;
});

const articlesMentioning = (id: string) =>
  new Set(corpus.glossary.find((t) => t.id === id)?.mentions.map((m) => m.articleSlug) ?? []);

describe("mention snippets", () => {
  it("stop short of the formula that follows a mention (001 line 65: 即最小化损失函数。 then a display formula)", () => {
    const article = corpus.articles.find((a) => a.source.endsWith("001_b5609ed0d70a975c.txt"));
    const sectionId = article?.sections.find((s) => s.text.includes("即最小化损失函数。"))?.id;
    const mention = corpus.glossary
      .find((t) => t.id === "loss-function")
      ?.mentions.find((m) => m.articleSlug === article?.slug && m.sectionId === sectionId);
    expect(mention?.snippet).toEqual({ before: "大模型的训练过程可以抽象为一个优化问题，即最小化", match: "损失函数", after: "。…" });
  });

  it("never show where a formula was left out", () => {
    const snippets = corpus.glossary.flatMap((t) => t.mentions.map((m) => m.snippet));
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) expect(`${snippet?.before}${snippet?.after}`).not.toMatch(/\uFFFC|其中，\s/);
  });
});

describe("content/glossary.json", () => {
  it("has at least 40 terms with unique ids and related ids that exist", () => {
    expect(curated.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(curated.map((t) => t.id));
    expect(ids.size).toBe(curated.length);
    const dangling = curated.flatMap((t) => t.related.filter((r) => !ids.has(r) || r === t.id).map((r) => `${t.id} → ${r}`));
    expect(dangling).toEqual([]);
  });

  it("gives no two terms the same name or alias", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of curated) {
      for (const form of [t.term, ...t.aliases]) {
        const key = form.toLowerCase();
        if (owner.has(key) && owner.get(key) !== t.id) clashes.push(`${form}: ${owner.get(key)} / ${t.id}`);
        owner.set(key, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has no Latin alias so short or generic that it would match unrelated words", () => {
    const generic = new Set(["ai", "ce", "ml", "it", "in", "on", "is", "as", "to", "io"]);
    const bad = curated.flatMap((t) =>
      [t.term, ...t.aliases].filter((f) => !HAN.test(f) && (f.replace(/[^A-Za-z0-9]/g, "").length < 2 || generic.has(f.toLowerCase()))),
    );
    expect(bad).toEqual([]);
  });
});

describe("glossary mentions in the five articles", () => {
  it("mentions every curated term where readers meet it: article prose, formulas, code, notes or another definition", () => {
    const matcher = buildMatcher(corpus.glossary);
    const elsewhere = [
      ...corpus.articles.flatMap((a) => [...a.formulas.map((f) => f.latex), ...a.code.map((c) => c.code)]),
      ...corpus.notes.map((n) => n.body),
      ...curated.map((t) => t.definition),
    ];
    const met = new Set(elsewhere.flatMap((text) => findMentions(text, matcher).map((m) => m.termId)));
    const unused = curated.filter((t) => articlesMentioning(t.id).size === 0 && !met.has(t.id)).map((t) => t.id);
    expect(unused).toEqual([]);
  });

  it("has at least 25 curated terms mentioned in two or more articles", () => {
    const shared = curated.filter((t) => articlesMentioning(t.id).size >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(25);
  });

  // Read off the source texts: each article uses 交叉熵 in its loss-function prose (000 §4.1,
  // 001 §4.2, 002 §5.2, 003 §4.1, 004 §4.2).
  it("finds 交叉熵 in all five articles", () => {
    expect(articlesMentioning("cross-entropy")).toEqual(new Set(corpus.articles.map((a) => a.slug)));
  });

  it("finds 联邦学习 only in the Silicon Valley and the AI Infra (002) articles", () => {
    expect(articlesMentioning("federated-learning")).toEqual(new Set(["ai-race-silicon-valley", "ai-infra-jia-yangqing"]));
  });

  it("counts 模型微调 under 微调 (longest form, same term)", () => {
    const fineTuning = corpus.glossary.find((t) => t.id === "fine-tuning");
    // 002 §3.1: "……模型压缩与量化……；模型微调则是利用少量标注数据对模型进行优化……"
    expect(fineTuning?.mentions.some((m) => m.articleSlug === "ai-infra-jia-yangqing" && m.sectionId === "s-3-1")).toBe(true);
  });

  it("merges an article's own definition into the curated term it defines", () => {
    const transformer = corpus.glossary.find((t) => t.id === "transformer");
    expect(transformer?.definitions.map((d) => d.articleSlug)).toEqual([null, "ai-infra-jia-yangqing"]);
  });
});

describe("推理: inference, or reasoning", () => {
  const sectionsOf = (slug: string) =>
    corpus.glossary
      .find((t) => t.id === "inference")
      ?.mentions.filter((m) => m.articleSlug === slug)
      .map((m) => m.sectionId);
  const linkedIn = (slug: string, sectionId: string) => {
    const article = corpus.articles.find((a) => a.slug === slug);
    if (!article) throw new Error(`no article ${slug}`);
    const blocks = article.sections.find((s) => s.id === sectionId)?.blocks ?? [];
    return blocks.some((b) => "render" in b && b.render.termLinks.some((link) => link.term === "inference"));
  };

  it("neither counts nor links 001 §2.2 \"决策和推理\" or 002 §8.4 \"推理能力\", which mean reasoning", () => {
    // 001 §2.2: "……实现智能化的决策和推理。" 002 §8.4: "……提高模型的推理能力和可解释性。"
    expect(sectionsOf("china-llm-market")).not.toContain("s-2-2");
    expect(sectionsOf("ai-infra-jia-yangqing")).not.toContain("s-8-4");
    expect(linkedIn("china-llm-market", "s-2-2")).toBe(false);
    expect(linkedIn("ai-infra-jia-yangqing", "s-8-4")).toBe(false);
  });

  it("still counts and links the inference mentions around them", () => {
    // 001 §10 (FAQ 10.1) "实现高效的模型训练和推理"; 002 §2.1 "开发、训练、推理、部署", §8.2 "实现在线
    // 实时推理"; 003 §3.3 "高效的训练推理能力" (training and inference, not reasoning).
    expect(sectionsOf("china-llm-market")).toEqual(["s-10"]);
    expect(sectionsOf("ai-infra-jia-yangqing")).toEqual(expect.arrayContaining(["s-2-1", "s-8-2"]));
    expect(sectionsOf("ai-infra-storytelling")).toContain("s-3-3");
    expect(linkedIn("ai-infra-jia-yangqing", "s-2-1")).toBe(true);
  });
});

describe("entries the review corrected", () => {
  const entry = (id: string) => {
    const t = curated.find((c) => c.id === id);
    if (!t) throw new Error(`no curated term ${id}`);
    return t;
  };

  it("does not call 递归神经网络 (recursive) a name of the RNN, or 多头注意力 a name of attention", () => {
    expect(entry("rnn").aliases).not.toContain("递归神经网络");
    expect(entry("attention").aliases).not.toContain("多头注意力");
    expect(entry("multi-head-attention").term).toBe("多头注意力");
  });

  it("links 004's \"递归神经网络（RNN）\" to the RNN by its abbreviation, not by 递归神经网络", () => {
    const matcher = buildMatcher(corpus.glossary);
    const text = "递归神经网络（RNN）：用于处理序列数据";
    expect(findMentions(text, matcher).map((m) => [text.slice(m.start, m.end), m.termId])).toEqual([
      ["神经网络", "neural-network"],
      ["RNN", "rnn"],
    ]);
  });

  it("has the terms the articles and the editor's notes use", () => {
    const ids = new Set(curated.map((t) => t.id));
    const wanted = ["cuda", "inference-engine", "litert", "tfx", "hugging-face", "softmax", "tensor", "precision"];
    wanted.push("confusion-matrix", "roc-curve", "early-stopping", "pooling", "seq2seq", "feedforward-neural-network");
    wanted.push("plm", "few-shot-learning", "resnet", "caffe", "caffe2", "onnx", "lepton-ai", "dataset");
    expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("finds the new terms under the names the articles use", () => {
    const matcher = buildMatcher(corpus.glossary);
    const ids = (text: string) => findMentions(text, matcher).map((m) => m.termId);
    // 002 §8.1, §9; 003 §7.2, §9; 000 §7.1, §9.
    expect(ids("开发落地产品，如TensorFlow Lite")).toEqual(["litert"]);
    expect(ids("早期停止训练")).toEqual(["early-stopping"]);
    expect(ids("TensorFlow Extended (TFX)")).toEqual(["tfx", "tfx"]);
    expect(ids("结合混淆矩阵、ROC曲线等")).toEqual(["confusion-matrix", "roc-curve"]);
    expect(ids("HuggingFace官方文档")).toEqual(["hugging-face"]);
    expect(ids("前向神经网络层")).toEqual(["feedforward-neural-network"]);
  });
});
