/**
 * npm run bench:glossary — how fast the glossary search filters as a reader types, for our terms
 * and for 5,000 synthetic ones, and how much of each page's JavaScript the glossary costs.
 * Page figures need a build in out/ (npm run build); they are skipped without one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { compiledCorpus } from "@/lib/content/artifact";
import { pinyin } from "@/lib/content/pinyin";
import { indexRow, sortGlossary } from "@/lib/glossary/entries";
import { filterGlossary, type IndexRow, prepareIndex } from "@/lib/glossary/filter";

const TARGET_OURS_MS = 16;
const TARGET_SYNTHETIC_MS = 50;
const SYNTHETIC_TERMS = 5000;

/** What readers type, one keystroke at a time: Chinese, English, pinyin, initials, a typo. */
const TYPED = ["微调", "梯度下降", "fine-tuning", "TensorFlow", "weitiao", "wei tiao", "sjtdxj", "xuexilv", "tensorflwo", "gan"];

function keystrokes(query: string): string[] {
  const chars = Array.from(query);
  return chars.map((_, i) => chars.slice(0, i + 1).join(""));
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function timeTyping(rows: readonly IndexRow[], rounds: number): { median: number; p95: number; max: number; n: number } {
  const index = prepareIndex(rows);
  for (const q of TYPED) filterGlossary(index, q); // warm up the JIT
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const query of TYPED) {
      for (const typed of keystrokes(query)) {
        const start = performance.now();
        filterGlossary(index, typed);
        times.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1], n: times.length };
}

/** Deterministic pseudo-random numbers, so runs are comparable. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Synthetic terms built from the characters and English words our glossary uses. */
function syntheticRows(real: readonly IndexRow[], count: number): IndexRow[] {
  const han = [...new Set(real.flatMap((r) => Array.from(r.term).filter((c) => /\p{Script=Han}/u.test(c))))];
  const words = [...new Set(real.flatMap((r) => r.aliases.join(" ").split(/[^A-Za-z]+/)).filter((w) => w.length > 2))];
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const term = Array.from({ length: 2 + Math.floor(next() * 5) }, () => pick(han)).join("");
    const syllables = pinyin(term, { toneType: "none", type: "array", v: true });
    const english = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(words)).join(" ");
    return {
      id: `synthetic-${i}`,
      term,
      aliases: [english, english.split(" ").map((w) => w[0].toUpperCase()).join("")],
      pinyin: syllables.join(" "),
      initials: syllables.map((s) => s[0]).join(""),
      summary: "",
      mentions: 0,
    };
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(full) : e.name.endsWith(".html") ? [full] : [];
  });
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Glossary client components, each recognised in the build by a string only it contains. */
const CLIENT_COMPONENTS = [
  { file: "components/glossary/TermPreviewsClient.tsx", marker: "term-preview-definition" },
  { file: "components/glossary/GlossarySearchClient.tsx", marker: "glossary-option-" },
];

/**
 * The glossary's own code, minified and gzipped alone (React and Next left out): the bundler
 * merges it into chunks shared with other components, so chunk sizes would overstate it.
 */
async function ownSize(file: string): Promise<number> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    jsx: "automatic",
    alias: { "@": process.cwd() },
    external: ["react", "react-dom", "react/jsx-runtime", "next", "next/*"],
    logLevel: "silent",
  });
  return gz(Buffer.from(result.outputFiles[0].contents));
}

async function pageWeights(outDir: string): Promise<void> {
  const own = await Promise.all(CLIENT_COMPONENTS.map(async (c) => ({ ...c, gzip: await ownSize(c.file) })));
  console.log(`\nGlossary client code on its own: ${own.map((c) => `${path.basename(c.file)} ${kb(c.gzip)}`).join(", ")} (gzip)`);
  const chunkCache = new Map<string, { gzip: number; markers: string[] }>();
  const chunk = (src: string) => {
    let info = chunkCache.get(src);
    if (!info) {
      const bytes = readFileSync(path.join(outDir, src.replace(/^\//, "").split("?")[0]));
      const text = bytes.toString("utf8");
      info = { gzip: gz(bytes), markers: own.filter((c) => text.includes(c.marker)).map((c) => c.marker) };
      chunkCache.set(src, info);
    }
    return info;
  };
  const samples: [string, string][] = [
    ["home", "index.html"],
    ["article 000", "articles/ai-race-silicon-valley/index.html"],
    ["article 002", "articles/ai-infra-jia-yangqing/index.html"],
    ["glossary index", "glossary/index.html"],
    ["term page", "glossary/fine-tuning/index.html"],
    ["search", "search/index.html"],
  ];
  console.log("\nJavaScript per page (gzip -9 of the script files each page loads):");
  console.log("page              total JS   glossary JS   share");
  for (const [name, file] of samples) {
    const full = path.join(outDir, file);
    if (!existsSync(full)) continue;
    const html = readFileSync(full, "utf8");
    const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))];
    let total = 0;
    const present = new Set<string>();
    for (const src of srcs) {
      const info = chunk(src);
      total += info.gzip;
      for (const m of info.markers) present.add(m);
    }
    const glossary = own.filter((c) => present.has(c.marker)).reduce((n, c) => n + c.gzip, 0);
    console.log(
      `${name.padEnd(16)}  ${kb(total).padStart(9)}  ${kb(glossary).padStart(11)}  ${((100 * glossary) / Math.max(1, total)).toFixed(1).padStart(5)}%`,
    );
  }
  const pages = htmlFiles(outDir).length;
  console.log(`(${pages} HTML files in ${outDir}; ${chunkCache.size} distinct chunks sampled)`);
}

async function main(): Promise<void> {
  const corpus = compiledCorpus();
  const rows = sortGlossary(corpus.glossary).map(indexRow);

  const ours = timeTyping(rows, 50);
  console.log(`Filter per keystroke, ${rows.length} terms (${ours.n} keystrokes):`);
  console.log(
    `  median ${ours.median.toFixed(3)} ms · p95 ${ours.p95.toFixed(3)} ms · max ${ours.max.toFixed(3)} ms (target < ${TARGET_OURS_MS} ms) ${ours.p95 < TARGET_OURS_MS ? "OK" : "SLOW"}`,
  );

  const synthetic = [...rows, ...syntheticRows(rows, SYNTHETIC_TERMS)];
  const big = timeTyping(synthetic, 3);
  console.log(`Filter per keystroke, ${synthetic.length} terms (${big.n} keystrokes):`);
  console.log(
    `  median ${big.median.toFixed(2)} ms · p95 ${big.p95.toFixed(2)} ms · max ${big.max.toFixed(2)} ms (target < ${TARGET_SYNTHETIC_MS} ms) ${big.p95 < TARGET_SYNTHETIC_MS ? "OK" : "SLOW"}`,
  );

  const start = performance.now();
  prepareIndex(synthetic);
  console.log(`  preparing the ${synthetic.length}-term index once: ${(performance.now() - start).toFixed(1)} ms`);

  console.log("\nPreview data inlined per article (terms linked on that page only):");
  for (const article of corpus.articles) {
    const previews = article.linkedTerms;
    const bytes = Buffer.from(JSON.stringify(previews));
    console.log(`  ${article.slug.padEnd(26)} ${String(previews.length).padStart(3)} terms  ${kb(bytes.length)} (${kb(gz(bytes))} gzip)`);
  }
  const rowsBytes = Buffer.from(JSON.stringify(rows));
  console.log(`Index rows passed to the search box: ${kb(rowsBytes.length)} (${kb(gz(rowsBytes))} gzip)`);

  const outDir = path.resolve(process.env.NEXT_DIST_DIR ?? "out");
  if (existsSync(outDir) && statSync(outDir).isDirectory()) await pageWeights(outDir);
  else console.log("\n(no out/ build: run npm run build for per-page JavaScript)");
}

await main();
