import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "@/lib/content";
import { GlossaryFile } from "@/lib/content/schema";

const curated = GlossaryFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), "content/glossary.json"), "utf8")));
const HAN = /\p{Script=Han}/u;

let corpus: Corpus;
beforeAll(() => {
  corpus = buildCorpus().corpus;
});

const articlesMentioning = (id: string) =>
  new Set(corpus.glossary.find((t) => t.id === id)?.mentions.map((m) => m.articleSlug) ?? []);

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
  it("mentions every curated term somewhere in article prose", () => {
    const unused = curated.filter((t) => articlesMentioning(t.id).size === 0).map((t) => t.id);
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
