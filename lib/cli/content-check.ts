import path from "node:path";
import { reporter } from "vfile-reporter";
import { artifactPath, contentDir, writeArtifact } from "../content/artifact";
import { buildCorpus } from "../content/corpus";
import { hasErrors } from "../content/problems";
import { dirArg } from "./args";
import type { Article, Corpus } from "../content/schema";

function codeByLanguage(article: Article): string {
  const counts = new Map<string, number>();
  for (const c of article.code) counts.set(c.lang ?? "(none)", (counts.get(c.lang ?? "(none)") ?? 0) + 1);
  return [...counts].map(([lang, n]) => `${lang} ${n}`).join(", ") || "0";
}

function mentionsIn(corpus: Corpus, slug: string): { total: number; terms: number } {
  let total = 0;
  let terms = 0;
  for (const term of corpus.glossary) {
    const here = term.mentions.filter((m) => m.articleSlug === slug);
    total += here.reduce((n, m) => n + m.count, 0);
    if (here.length) terms += 1;
  }
  return { total, terms };
}

/** One two-column table per article: what the pipeline found in it. */
export function articleTable(corpus: Corpus, article: Article): string {
  const display = article.formulas.filter((f) => f.display).length;
  const numbered = article.sections.filter((s) => s.number !== null).length;
  const { total, terms } = mentionsIn(corpus, article.slug);
  const rows: [string, string][] = [
    ["标题", article.title],
    ["文件", article.source],
    ["章节", `${article.sections.length}（有编号 ${numbered}）`],
    ["公式", `独立 ${display}，行内 ${article.formulas.length - display}`],
    ["代码块", codeByLanguage(article)],
    ["图", String(article.diagrams.length)],
    ["问答", String(article.faq.length)],
    ["概念", `${article.concepts.length}${article.concepts.length ? `（${article.concepts.map((c) => c.term).join("、")}）` : ""}`],
    ["关键词", String(article.keywords.length)],
    ["术语提及", `${total} 次，${terms} 个术语`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `  ${k.padEnd(width, "　")}  ${v}`);
  return [`■ ${article.slug}`, ...lines].join("\n");
}

// `--dir` wins; else CONTENT_DIR, exactly as the build's compile reads it.
const arg = dirArg(process.argv.slice(2));
const dir = arg ? path.resolve(arg) : contentDir();
const { corpus, problems, files } = buildCorpus({ dir });
const tables = corpus.articles.map((a) => articleTable(corpus, a));
process.stdout.write(`${tables.join("\n\n")}\n\n术语表：${corpus.glossary.length} 条，注释：${corpus.notes.length} 条\n\n`);
process.stdout.write(`${problems.length ? reporter(files) : "✔ 没有问题"}\n`);
if (hasErrors(problems)) process.exitCode = 1;
// The check is the compile: a clean run leaves the artifact the pages read.
else writeArtifact(corpus, artifactPath(process.cwd(), dir));
