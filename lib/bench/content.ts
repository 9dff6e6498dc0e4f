import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildCorpus } from "../content/corpus";
import { hasErrors } from "../content/problems";
import { Manifest } from "../content/schema";

/**
 * Times the content pipeline: the five articles cold in this process, then synthetic folders of
 * copies (new slugs) at growing sizes to show that time per article stays flat.
 */

const ARTICLES = path.join(process.cwd(), "content", "articles");
const manifest = Manifest.parse(JSON.parse(fs.readFileSync(path.join(process.cwd(), "content", "articles.json"), "utf8")));

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** A folder of `count` copies of the five articles, each with its own slug and manifest entry. */
function syntheticFolder(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-bench-"));
  const entries = [];
  for (let i = 0; i < count; i++) {
    const original = manifest[i % manifest.length];
    const file = `copy-${String(i).padStart(4, "0")}_${original.file}`;
    fs.copyFileSync(path.join(ARTICLES, original.file), path.join(dir, file));
    entries.push({ file, slug: `copy-${i}-${original.slug}`, ...(original.title ? { title: original.title } : {}) });
  }
  fs.writeFileSync(path.join(dir, "articles.json"), JSON.stringify(entries));
  fs.writeFileSync(path.join(dir, "notes.json"), "[]");
  return dir;
}

const fmt = (n: number) => n.toFixed(1).padStart(8);

const cold = time(() => buildCorpus());
if (hasErrors(cold.result.problems)) throw new Error("the repo's content has errors; run npm run content:check");
const n = cold.result.corpus.articles.length;
console.log(`cold, ${n} articles in one process: ${cold.ms.toFixed(0)} ms total, ${(cold.ms / n).toFixed(1)} ms/article`);

const warm = time(() => buildCorpus());
console.log(`warm, ${n} articles:                ${warm.ms.toFixed(0)} ms total, ${(warm.ms / n).toFixed(1)} ms/article`);

console.log("\nsynthetic copies    total ms   ms/article");
const perArticle: number[] = [];
for (const count of [100, 250, 500]) {
  const dir = syntheticFolder(count);
  try {
    const run = time(() => buildCorpus({ dir }));
    if (run.result.corpus.articles.length !== count) throw new Error(`expected ${count} articles, got ${run.result.corpus.articles.length}`);
    perArticle.push(run.ms / count);
    console.log(`${String(count).padStart(16)} ${fmt(run.ms)} ${fmt(run.ms / count)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const growth = perArticle[perArticle.length - 1] / perArticle[0];
console.log(`\nms/article at 500 vs 100: ×${growth.toFixed(2)} (${growth < 1.5 ? "linear" : "grows faster than linear"})`);
