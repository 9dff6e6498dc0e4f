import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content";
import type { Corpus } from "@/lib/content/schema";
import { indexRow, sortGlossary } from "@/lib/glossary/entries";
import { searchDocuments } from "@/lib/search/documents";
import { SearchIndex } from "@/lib/search/engine";
import { MANIFEST_FILE, type Manifest } from "@/lib/search/format";
import { buildIndexFiles, buildMiniSearch } from "@/lib/search/index-files";
import { parseQuery } from "@/lib/search/query";
import { rankDocuments } from "@/lib/search/rank";
import { fetchGlossaryRows } from "@/lib/search/remote";
import { candidateSearches, relatedSearches, suggestTerms } from "@/lib/search/suggest";

let corpus: Corpus;
let files: Map<string, string>;
let manifest: Manifest;

/** Reads the built files as the browser fetches them from the site. */
function fetcherOf(source: Map<string, string>) {
  return async (file: string): Promise<unknown> => {
    const text = source.get(file);
    if (text === undefined) throw new Error(`missing index file ${file}`);
    return JSON.parse(text);
  };
}

/** A fresh browser-side index over the built files. */
function freshIndex(source = files): SearchIndex {
  return new SearchIndex(fetcherOf(source));
}

const glossaryRows = () => fetchGlossaryRows(fetcherOf(files));

beforeAll(() => {
  corpus = buildCorpus().corpus;
  ({ files, manifest } = buildIndexFiles(corpus));
});

const queries = ["自注意力", "模型压缩", "Transformer 模型", "熵", "trans", "KV Cache", "智能 客服", "深度学习框架", "Lepton AI", "tensorflw"];

describe("sharded index", () => {
  it("ranks exactly like the whole index built in one piece", async () => {
    const tiny = buildIndexFiles(corpus, { targetShardBytes: 2048 });
    expect(tiny.manifest.shards.length).toBeGreaterThan(50);
    const sharded = freshIndex(tiny.files);
    const whole = buildMiniSearch(searchDocuments(corpus).docs);
    for (const q of queries) {
      const plan = parseQuery(q);
      const expected = rankDocuments(whole, plan, 1000).hits.map((h) => [h.id, h.score.toFixed(6)]);
      const got = (await freshIndex(tiny.files).rank(plan, 1000)).hits.map((h) => [h.id, h.score.toFixed(6)]);
      // Fuzzy matching sees only loaded shards, so compare the exact-match queries strictly.
      if (q !== "tensorflw") expect(got, q).toEqual(expected);
      await sharded.search(q);
    }
  });

  it("fetches the manifest, base, the query's own shards and the matching articles — not the rest", async () => {
    const tiny = buildIndexFiles(corpus, { targetShardBytes: 2048 });
    const index = freshIndex(tiny.files);
    const outcome = await index.search("自注意力");
    expect(outcome.total).toBeGreaterThan(0);
    const shardFiles = index.fetched.filter((f) => f.startsWith("terms/"));
    expect(index.fetched).toContain(MANIFEST_FILE);
    expect(index.fetched).toContain(tiny.manifest.base);
    // 自注 意力 + the segmenter word 注意力: three keys (自, 意, 注).
    expect(shardFiles.length).toBeLessThanOrEqual(3);
    expect(index.fetched.filter((f) => f.startsWith("docs/")).length).toBeLessThan(tiny.manifest.groups.length + 1);
    expect(index.fetched.length).toBeLessThan(tiny.files.size / 10);
  });

  it("fetches nothing for an empty query", async () => {
    const index = freshIndex();
    for (const q of ["", "   ", "？！。"]) expect((await index.search(q)).total).toBe(0);
    expect(index.fetched).toEqual([]);
  });

  it("retries a file whose fetch failed, instead of remembering the failure", async () => {
    let failures = 0;
    const flaky = new SearchIndex(async (file) => {
      if (file.startsWith("terms/") && failures === 0) {
        failures++;
        throw new Error("offline");
      }
      return JSON.parse(files.get(file) ?? "null");
    });
    await expect(flaky.search("联邦学习")).rejects.toThrow("offline");
    expect((await flaky.search("联邦学习")).total).toBeGreaterThan(0);
  });

  it("names every file it lists, and nothing it does not", () => {
    const listed = [MANIFEST_FILE, manifest.base, manifest.glossary, ...manifest.shards, ...manifest.groups.map((g) => g.file)];
    expect(new Set(listed)).toEqual(new Set(files.keys()));
  });
});

describe("results", () => {
  it("groups hits by article, best group first, each linking to a real section or FAQ anchor", async () => {
    const outcome = await freshIndex().search("模型");
    expect(outcome.groups.length).toBeGreaterThan(2);
    const best = outcome.groups.map((g) => Math.max(...g.hits.map((h) => h.score)));
    expect([...best].sort((a, b) => b - a)).toEqual(best);
    for (const group of outcome.groups) {
      if (group.kind === "glossary") {
        for (const hit of group.hits) expect(hit.url).toMatch(/^\/glossary\/[a-z0-9-]+\/$/);
        continue;
      }
      const article = corpus.articles.find((a) => a.slug === group.slug);
      expect(article).toBeDefined();
      const anchors = new Set([...(article?.sections ?? []).map((s) => s.id), ...(article?.faq ?? []).map((f) => f.id)]);
      for (const hit of group.hits) {
        const [path, anchor] = hit.url.split("#");
        expect(path).toBe(`/articles/${group.slug}/`);
        expect(anchors.has(anchor)).toBe(true);
      }
    }
  });

  it("marks FAQ items and glossary terms as such", async () => {
    const outcome = await freshIndex().search("差分隐私");
    const hits = outcome.groups.flatMap((g) => g.hits);
    expect(hits.some((h) => h.kind === "faq" && h.url.includes("#faq-"))).toBe(true);
    expect(hits.some((h) => h.kind === "term" && h.url === "/glossary/differential-privacy/")).toBe(true);
  });

  it("highlights the matched words in snippets", async () => {
    const outcome = await freshIndex().search("交叉熵");
    for (const hit of outcome.groups.flatMap((g) => g.hits)) {
      const marks = [...hit.label, ...hit.snippet].filter((p) => p.hit).map((p) => p.text);
      expect(marks.length, hit.url).toBeGreaterThan(0);
      for (const m of marks) expect(m).toBe("交叉熵");
    }
  });

  it("finds a one-character query inside words, by prefix and at the end of a run", async () => {
    const outcome = await freshIndex().search("熵");
    const hits = outcome.groups.flatMap((g) => g.hits).filter((h) => h.kind === "section");
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) expect([...hit.label, ...hit.snippet].some((p) => p.hit && p.text === "熵")).toBe(true);
  });

  it("falls back to partial matches, and says so, when no document has every word", async () => {
    const outcome = await freshIndex().search("联邦学习 KV");
    expect(outcome.complete).toBe(false);
    expect(outcome.total).toBeGreaterThan(0);
  });

  it("keeps hostile queries inert: no throw, and highlighted pieces are the document's own text", async () => {
    const index = freshIndex();
    const hostile = ["", " ", "深".repeat(200), "a".repeat(200), ".*[](){}+?^$|\\", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "%00\u0000\u202e", "🙂🙂", "(?<=a)b"];
    for (const q of hostile) {
      const outcome = await index.search(q);
      for (const hit of outcome.groups.flatMap((g) => g.hits)) {
        const doc = JSON.parse(files.get(manifest.groups.find((g) => g.from <= hit.id && hit.id < g.to)?.file ?? "") ?? "[]").find(
          (d: { id: number }) => d.id === hit.id,
        );
        expect(hit.label.map((p) => p.text).join("")).toBe(doc.label);
      }
    }
  });
});

describe("no results", () => {
  it("suggests glossary terms by pinyin and related searches that do find something", async () => {
    const index = freshIndex();
    const glossary = await glossaryRows();
    expect(suggestTerms("weitiao", glossary).map((t) => t.term)).toContain("微调");
    const terms = suggestTerms("注意力机制是什么东西", glossary);
    expect(terms.map((t) => t.term)).toContain("自注意力");
    const searches = await relatedSearches(candidateSearches("注意力机制是什么东西", terms), (q) => index.count(q));
    expect(searches.length).toBeGreaterThan(0);
    for (const q of searches) expect(await index.count(q)).toBeGreaterThan(0);
  });

  it("offers the most mentioned terms when nothing in the query is close to a term", async () => {
    const glossary = await glossaryRows();
    const offered = suggestTerms("KV Cache", glossary);
    expect(offered.length).toBeGreaterThan(0);
    const mentions = (id: string) => corpus.glossary.find((t) => t.id === id)?.mentions.reduce((n, m) => n + m.count, 0) ?? -1;
    const fewest = Math.min(...offered.map((t) => mentions(t.id)));
    // Nothing left out is mentioned more often than the least mentioned term offered.
    for (const term of corpus.glossary.filter((t) => !offered.some((o) => o.id === t.id))) expect(mentions(term.id)).toBeLessThanOrEqual(fewest);
  });

  it("ships the glossary page's own rows, in the page's order", async () => {
    const glossary = await glossaryRows();
    expect(glossary).toEqual(sortGlossary(corpus.glossary).map(indexRow));
    expect(new Set(glossary.map((row) => row.id)).size).toBe(corpus.glossary.length);
  });
});

describe("search documents", () => {
  it("index an FAQ answer as its plain text: no list numbers, markers or emphasis", () => {
    const faqDocs = searchDocuments(corpus).docs.filter((doc) => doc.kind === "faq");
    // 000's answer on 泛化能力 is a numbered list: "1. 数据增强：使用数据增强技术，…".
    const generalisation = faqDocs.find((doc) => doc.label.includes("泛化能力"));
    expect(generalisation?.body).toContain("\n数据增强：使用数据增强技术");
    for (const doc of faqDocs) expect(doc.body, doc.label).not.toMatch(/^\s*(?:\d+[.、]|[-*+])\s|\*\*/m);
  });

  it("keep inline math and code as written, so a snippet quotes the sentence whole", async () => {
    const bodies = searchDocuments(corpus).docs.filter((doc) => doc.kind === "section").map((doc) => doc.body);
    // 004 line 98: "1. **输入层**：表示为\(X\)，是一个多维数组，代表输入数据。"
    expect(bodies.find((body) => body.includes("多维数组"))).toContain("输入层：表示为X，是一个多维数组");
    // 000 line 189: "完成上述步骤后，即可在`pytorch-env`环境中开始项目实践。"
    expect(bodies.find((body) => body.includes("开始项目实践"))).toContain("即可在pytorch-env环境中开始项目实践");
    const outcome = await freshIndex().search("多维数组");
    const snippets = outcome.groups.flatMap((g) => g.hits).map((hit) => hit.snippet.map((piece) => piece.text).join(""));
    expect(snippets.find((snippet) => snippet.includes("是一个多维数组"))).toContain("表示为X，是一个多维数组");
  });
});
