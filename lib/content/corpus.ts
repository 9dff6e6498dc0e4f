import fs from "node:fs";
import path from "node:path";
import type { VFile } from "vfile";
import { buildArticle, type ParsedArticle } from "./article";
import { addDates } from "./dates";
import { buildGlossary, withDefinitionNotes } from "./glossary";
import { entryPlace, readJsonList } from "./jsonFile";
import { buildMatcher } from "./mentions";
import { reportUnknownArticles } from "./notes";
import { linkProcessor } from "./processor";
import { fail, ProblemLog, warn } from "./problems";
import { readSources } from "./read";
import { Corpus, CuratedTerm, NoteInput, type Problem } from "./schema";
import { sitePaths } from "./siteLinks";

export interface BuildOptions {
  /** Folder of article files; default `content/articles`. */
  dir?: string;
  /** Default: `<dir>/articles.json` when that exists, else `content/articles.json`. */
  manifestPath?: string;
  /** Default: `<dir>/glossary.json` when that exists, else `content/glossary.json`. */
  glossaryPath?: string;
  /** Default: `<dir>/notes.json` when that exists, else `content/notes.json`. */
  notesPath?: string;
  /** Repo root that default paths and messages are relative to; default the working directory. */
  root?: string;
}

export interface BuildResult {
  corpus: Corpus;
  problems: Problem[];
  /** Parse results behind the corpus, for tools that need node-level detail. */
  parsed: ParsedArticle[];
  /** The same problems as messages on one VFile per file, for `vfile-reporter`. */
  files: VFile[];
}

function ownOrRepo(dir: string, name: string, repoContent: string): { file: string; own: boolean } {
  const own = path.join(dir, name);
  if (fs.existsSync(own)) return { file: own, own: true };
  return { file: path.join(repoContent, name), own: false };
}

/** Reads, parses and validates every article plus glossary and notes. Pure: reports, never exits. */
export function buildCorpus(options: BuildOptions = {}): BuildResult {
  const root = options.root ?? process.cwd();
  const repoContent = path.join(root, "content");
  const dir = path.resolve(root, options.dir ?? path.join(repoContent, "articles"));
  const isRepoDir = dir === path.join(repoContent, "articles");
  const manifest = options.manifestPath
    ? { file: path.resolve(root, options.manifestPath), own: true }
    : isRepoDir
      ? { file: path.join(repoContent, "articles.json"), own: true }
      : ownOrRepo(dir, "articles.json", repoContent);
  const glossaryPath = options.glossaryPath
    ? path.resolve(root, options.glossaryPath)
    : isRepoDir
      ? path.join(repoContent, "glossary.json")
      : ownOrRepo(dir, "glossary.json", repoContent).file;
  const notes = options.notesPath
    ? { file: path.resolve(root, options.notesPath), own: true }
    : isRepoDir
      ? { file: path.join(repoContent, "notes.json"), own: true }
      : ownOrRepo(dir, "notes.json", repoContent);

  const log = new ProblemLog();
  const sources = readSources({ dir, manifestPath: manifest.file, manifestIsOwn: manifest.own, root }, log);
  const parsed = sources.map((s) => buildArticle(s)).filter((p): p is ParsedArticle => p !== null);

  const glossaryFile = readJsonList(glossaryPath, CuratedTerm, "glossary", log, root);
  const curated = glossaryFile.data ?? [];
  const glossary = buildGlossary(curated, parsed);
  const glossaryIds = new Set(glossary.map((t) => t.id));
  for (const c of curated) {
    for (const r of c.related.filter((id) => !glossaryIds.has(id))) {
      warn(glossaryFile.file, "glossary-related", `Term "${c.id}" lists unknown related term "${r}"`, entryPlace(glossaryFile.source, c.id, ["related", c.related.indexOf(r)]));
    }
  }

  const notesFile = readJsonList(notes.file, NoteInput, "notes", log, root);
  // Notes borrowed from the repo for another folder only apply to articles that folder has.
  const notesInput = (notesFile.data ?? []).filter((n) => notes.own || parsed.some((p) => p.article.slug === n.articleSlug));
  const notesAt = { notesFile: notesFile.file, notePlace: (id: string, field?: string) => entryPlace(notesFile.source, id, field) };
  reportUnknownArticles(notesInput, new Set(parsed.map((p) => p.article.slug)), notesAt);
  const paths = sitePaths({ articles: parsed.map((p) => p.article), glossary });
  const linker = linkProcessor({ ...notesAt, notes: notesInput, glossary, matcher: buildMatcher(glossary), paths });
  for (const p of parsed) linker.runSync(p.tree, p.file);
  // Notes keep the notes file's order.
  const order = new Map(notesInput.map((n, i) => [n.id, i]));
  const anchored = parsed.flatMap((p) => p.file.data.notes ?? []).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  const dated = addDates({ articles: parsed.map((p) => p.article), notes: anchored }, { root, manifestPath: manifest.file, notesPath: notes.file });
  const draft: Corpus = { articles: dated.articles, glossary: withDefinitionNotes(glossary, dated.notes), notes: dated.notes };
  const checked = Corpus.safeParse(draft);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [group, index, ...field] = issue.path;
      const article = group === "articles" && typeof index === "number" ? draft.articles[index] : undefined;
      const file = article ? log.file(article.source) : group === "notes" ? notesFile.file : glossaryFile.file;
      const section = field[0] === "sections" && typeof field[1] === "number" ? article?.sections[field[1]] : undefined;
      fail(file, "schema", `Field "${[group, index, ...field].join(".")}": ${issue.message}`, { line: section?.line ?? 1, column: 1 });
    }
  }
  return { corpus: checked.success ? checked.data : draft, problems: log.list(), parsed, files: log.vfiles() };
}
