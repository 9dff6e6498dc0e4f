// `npm run bench:search`: index size and query latency at our five articles and at 500 synthetic
// ones. Sizes are of the static files the browser fetches (gzip and brotli, as a CDN would serve
// them); latency is measured in-process with the browser's code path, fetching from memory.
import { performance } from "node:perf_hooks";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { compiledCorpus } from "@/lib/content/artifact";
import type { Article, Corpus } from "@/lib/content/schema";
import { SearchIndex } from "@/lib/search/engine";
import { buildIndexFiles } from "@/lib/search/index-files";

const QUERIES = [
  "自注意力",
  "模型压缩",
  "联邦学习",
  "交叉熵",
  "Lepton",
  "智能客服",
  "常见问题",
  "KV Cache",
  "Transformer 模型",
  "贾扬清",
  "熵",
  "深度学习框架",
  "梯度裁剪",
  "TensorFlow Lite",
  "分布式训练",
  "模型",
  "可解释性AI",
  "推荐系统 深度学习",
  "trans",
  "数据隐私和安全",
];
const REPEATS = 15;

type Sizes = { raw: number; gzip: number; brotli: number };

function sizeOf(texts: string[]): Sizes {
  const sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const text of texts) {
    sizes.raw += Buffer.byteLength(text);
    sizes.gzip += gzipSync(text, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(text).length;
  }
  return sizes;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function measure(label: string, corpus: Corpus): Promise<void> {
  const started = performance.now();
  const { files, manifest } = buildIndexFiles(corpus);
  const buildMs = performance.now() - started;
  const fetchFrom = (fetched: string[]) => async (file: string) => {
    fetched.push(file);
    return JSON.parse(files.get(file) as string);
  };
  const whole = sizeOf([...files.values()]);

  // First search: a fresh page, nothing cached, one query.
  const firstDownloads: number[] = [];
  const firstLatency: number[] = [];
  const byKind = { terms: 0, docs: 0 };
  for (const q of QUERIES) {
    const fetched: string[] = [];
    const index = new SearchIndex(fetchFrom(fetched));
    const t = performance.now();
    await index.search(q);
    firstLatency.push(performance.now() - t);
    firstDownloads.push(sizeOf(fetched.map((f) => files.get(f) as string)).gzip);
    for (const kind of ["terms", "docs"] as const) {
      byKind[kind] += sizeOf(fetched.filter((f) => f.startsWith(`${kind}/`)).map((f) => files.get(f) as string)).gzip / QUERIES.length;
    }
  }

  // Typing in an open dialog: every query again on a warm index, many times.
  const warm = new SearchIndex(fetchFrom([]));
  for (const q of QUERIES) await warm.search(q);
  const latency: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await warm.search(q);
      latency.push(performance.now() - t);
    }
  }
  latency.sort((a, b) => a - b);
  firstLatency.sort((a, b) => a - b);
  firstDownloads.sort((a, b) => a - b);

  const base = files.get(manifest.base) as string;
  const fixed = sizeOf([files.get("manifest.json") as string, base]).gzip;
  console.log(`\n${label}: ${corpus.articles.length} articles, ${manifest.documentCount} documents, ${manifest.shards.length} term shards, ${files.size} files (index built in ${buildMs.toFixed(0)} ms)`);
  console.log(`  whole index          ${kb(whole.raw)} raw, ${kb(whole.gzip)} gzip, ${kb(whole.brotli)} brotli`);
  console.log(`  manifest + base      ${kb(fixed)} gzip (fetched by every first search)`);
  console.log(
    `  first search fetches ${kb(percentile(firstDownloads, 50))} gzip median, ${kb(firstDownloads[firstDownloads.length - 1])} max ` +
      `(${((100 * firstDownloads[firstDownloads.length - 1]) / whole.gzip).toFixed(1)}% of the whole index at most)`,
  );
  console.log(`  …of which on average ${kb(byKind.terms)} term shards, ${kb(byKind.docs)} result text for snippets`);
  console.log(`  first search latency p50 ${ms(percentile(firstLatency, 50))}, p95 ${ms(percentile(firstLatency, 95))} (parse + load, from memory)`);
  console.log(`  query latency        p50 ${ms(percentile(latency, 50))}, p95 ${ms(percentile(latency, 95))} over ${latency.length} queries (warm index)`);
}

/** A deterministic pseudo-random generator, so every run measures the same synthetic corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * 500 articles made from the real ones: each section keeps a real heading and gets real sentences
 * drawn from the whole corpus, plus a few made-up terms per article so the vocabulary grows with
 * the corpus as it would with real articles (each new article brings names no other one uses).
 * Common words stay as common as they are in our articles (模型 is in most sections).
 */
function syntheticCorpus(real: Corpus, count: number): Corpus {
  const rand = random(42);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
  const sentences = real.articles.flatMap((a) => a.sections.flatMap((s) => s.text.split(/(?<=[。！？；\n])/).filter((t) => t.trim().length > 4)));
  const chars = Array.from(new Set(sentences.join("").match(/\p{Script=Han}/gu) ?? []));
  const madeUpTerm = () => (rand() < 0.5 ? Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(chars)).join("") : `Zeta${Math.floor(rand() * 1e6).toString(36)}`);
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const model = real.articles[i % real.articles.length];
    const vocabulary = Array.from({ length: 12 }, madeUpTerm);
    const text = (n: number) =>
      Array.from({ length: n }, () => (rand() < 0.15 ? `${pick(vocabulary)}是${pick(sentences)}` : pick(sentences))).join("");
    articles.push({
      ...model,
      slug: `synthetic-${i}`,
      // Titles vary like real ones would: a made-up name and a phrase from the corpus. Copying
      // the five real titles would put 贾扬清 into the title of every one of 20 000 documents.
      title: `${pick(vocabulary)}：${Array.from(pick(sentences).trim()).slice(0, 14).join("")}`,
      sections: model.sections.map((s) => ({ ...s, text: text(Math.max(1, Math.round(s.text.length / 60))) })),
      faq: model.faq.map((f) => ({ ...f, question: `${pick(vocabulary)}${f.question}`, answer: text(3) })),
    });
  }
  return { ...real, articles };
}

async function main(): Promise<void> {
  const corpus = compiledCorpus();
  await measure("Our articles", corpus);
  await measure("Synthetic", syntheticCorpus(corpus, 500));
  console.log("\nTargets: p95 < 30 ms at 500 articles; first search < 200 KB gzip at 5 articles and far below the whole index at 500.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
