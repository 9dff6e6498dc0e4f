import fs from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { buildArticle } from "@/lib/content/article";
import { loadCorpus } from "@/lib/content";
import { ProblemLog } from "@/lib/content/problems";
import type { Corpus } from "@/lib/content/schema";

export const FIXTURES = path.join(import.meta.dirname, "fixtures");
export const EMPTY_LIST = path.join(FIXTURES, "empty.json");

/** Parses one fixture file as an article, with a manifest title to fall back on. */
export function parseFixture(name: string, title = "清单标题") {
  const log = new ProblemLog();
  const raw = fs.readFileSync(path.join(FIXTURES, name), "utf8");
  const source = `tests/content/fixtures/${name}`;
  const vfile = log.add(new VFile({ path: source, value: raw }));
  const parsed = buildArticle({ file: name, source, slug: "fixture", order: 0, title, raw, vfile });
  if (!parsed) throw new Error(`fixture ${name} did not parse: ${JSON.stringify(log.list())}`);
  return { ...parsed, problems: log.list() };
}

/** Writes a throwaway article folder and returns its path. */
export function tempArticles(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? "/tmp"), "content-test-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

let repo: Corpus | null = null;

/** The repo's own corpus, compiled once per test file. */
export function repoCorpus(): Corpus {
  repo ??= loadCorpus({}, () => {});
  return repo;
}
