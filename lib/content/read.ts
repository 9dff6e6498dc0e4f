import fs from "node:fs";
import path from "node:path";
import { readJsonList } from "./jsonFile";
import { ManifestEntry } from "./schema";
import type { ProblemLog } from "./problems";
import { lineAt } from "./problems";

/** One article file as found on disk, before parsing. */
export interface ArticleSource {
  file: string;
  /** Repo-relative (or cwd-relative) path with forward slashes, used in messages and `source`. */
  source: string;
  slug: string;
  order: number;
  /** From the manifest; used only where the text names no title. */
  title?: string;
  raw: string;
}

export const ARTICLE_FILE = /\.(md|txt)$/i;

export function displayPath(absolute: string, root = process.cwd()): string {
  const rel = path.relative(root, absolute);
  return (rel.startsWith("..") ? absolute : rel).split(path.sep).join("/");
}

/** `005_Foo Bar.txt` → `005-foo-bar`: lowercase ASCII, digits and single dashes. */
export function slugFromFileName(file: string): string {
  const base = file.replace(ARTICLE_FILE, "");
  const slug = base
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "article";
}

/** Line of the manifest entry naming `file`, so messages point into articles.json. */
function entryLine(manifestText: string, file: string): number {
  const at = manifestText.indexOf(JSON.stringify(file));
  return at < 0 ? 1 : lineAt(manifestText, at);
}

export interface ReadOptions {
  dir: string;
  manifestPath: string | null;
  /** A manifest borrowed from elsewhere may list files this folder does not have; skip those quietly. */
  manifestIsOwn: boolean;
  /** Paths in messages and `source` are relative to this folder. */
  root: string;
}

export function readManifest(manifestPath: string | null, log: ProblemLog, root = process.cwd()): { entries: ManifestEntry[]; text: string } {
  if (!manifestPath || !fs.existsSync(manifestPath)) return { entries: [], text: "" };
  const { data, source } = readJsonList(manifestPath, ManifestEntry, "manifest", log, root);
  return { entries: data ?? [], text: source.text };
}

/** Lists article files, pairs them with manifest entries and orders them; reports what does not fit. */
export function readSources(options: ReadOptions, log: ProblemLog): ArticleSource[] {
  const { dir, manifestPath, manifestIsOwn, root } = options;
  if (!fs.existsSync(dir)) {
    log.error(displayPath(dir, root), 0, "missing-dir", `Article folder ${displayPath(dir, root)} does not exist`);
    return [];
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => ARTICLE_FILE.test(f))
    .sort();
  const { entries, text: manifestText } = readManifest(manifestPath, log, root);
  const shownManifest = manifestPath ? displayPath(manifestPath, root) : "articles.json";
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const sources: ArticleSource[] = [];
  const seenSlugs = new Map<string, string>();

  const add = (file: string, entry: ManifestEntry | undefined, order: number) => {
    const absolute = path.join(dir, file);
    const source = displayPath(absolute, root);
    const slug = entry?.slug ?? slugFromFileName(file);
    if (!entry) {
      log.warn(source, 1, "manifest-missing-entry", `No entry in ${shownManifest}; using slug "${slug}" from the file name`);
    }
    const clash = seenSlugs.get(slug);
    if (clash) {
      const where = entry ? shownManifest : source;
      const line = entry ? entryLine(manifestText, file) : 1;
      log.error(where, line, "duplicate-slug", `Duplicate slug "${slug}": ${source} and ${clash}`);
      return;
    }
    seenSlugs.set(slug, source);
    sources.push({ file, source, slug, order, title: entry?.title, raw: fs.readFileSync(absolute, "utf8") });
  };

  for (const [index, entry] of entries.entries()) {
    if (files.includes(entry.file)) add(entry.file, entry, index);
    else if (manifestIsOwn) {
      log.error(shownManifest, entryLine(manifestText, entry.file), "manifest-missing-file", `Manifest entry "${entry.file}" has no file in ${displayPath(dir, root)}`);
    }
  }
  const unlisted = files.filter((f) => !byFile.has(f));
  for (const [i, file] of unlisted.entries()) add(file, undefined, entries.length + i);
  return sources;
}
