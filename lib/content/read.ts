import fs from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { entryPlace, type JsonList, readJsonList } from "./jsonFile";
import { fail, type ProblemLog, warn } from "./problems";
import { ManifestEntry } from "./schema";

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
  /** The file as read (path = `source`): the compile's steps report on it. */
  vfile: VFile;
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

export interface ReadOptions {
  dir: string;
  manifestPath: string | null;
  /** A manifest borrowed from elsewhere may list files this folder does not have; skip those quietly. */
  manifestIsOwn: boolean;
  /** Paths in messages and `source` are relative to this folder. */
  root: string;
}

export function readManifest(manifestPath: string | null, log: ProblemLog, root = process.cwd()): JsonList<ManifestEntry> | null {
  if (!manifestPath || !fs.existsSync(manifestPath)) return null;
  return readJsonList(manifestPath, ManifestEntry, "manifest", log, root);
}

/** Lists article files, pairs them with manifest entries and orders them; reports what does not fit. */
export function readSources(options: ReadOptions, log: ProblemLog): ArticleSource[] {
  const { dir, manifestPath, manifestIsOwn, root } = options;
  if (!fs.existsSync(dir)) {
    fail(log.file(displayPath(dir, root)), "missing-dir", `Article folder ${displayPath(dir, root)} does not exist`);
    return [];
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => ARTICLE_FILE.test(f))
    .sort();
  const manifest = readManifest(manifestPath, log, root);
  const entries = manifest?.data ?? [];
  // Where the manifest names `file`, so messages point into articles.json.
  const entryAt = (file: string) => (manifest ? entryPlace(manifest.source, file, "file", "file") : undefined);
  const shownManifest = manifestPath ? displayPath(manifestPath, root) : "articles.json";
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const sources: ArticleSource[] = [];
  const seenSlugs = new Map<string, string>();

  const add = (file: string, entry: ManifestEntry | undefined, order: number) => {
    const absolute = path.join(dir, file);
    const source = displayPath(absolute, root);
    const slug = entry?.slug ?? slugFromFileName(file);
    const raw = fs.readFileSync(absolute, "utf8");
    const vfile = log.add(new VFile({ path: source, value: raw }));
    if (!entry) warn(vfile, "manifest-missing-entry", `No entry in ${shownManifest}; using slug "${slug}" from the file name`);
    const clash = seenSlugs.get(slug);
    if (clash) {
      const reason = `Duplicate slug "${slug}": ${source} and ${clash}`;
      if (entry && manifest) fail(manifest.file, "duplicate-slug", reason, entryAt(file));
      else fail(vfile, "duplicate-slug", reason);
      return;
    }
    seenSlugs.set(slug, source);
    sources.push({ file, source, slug, order, title: entry?.title, raw, vfile });
  };

  for (const [index, entry] of entries.entries()) {
    if (files.includes(entry.file)) add(entry.file, entry, index);
    else if (manifestIsOwn && manifest) {
      fail(manifest.file, "manifest-missing-file", `Manifest entry "${entry.file}" has no file in ${displayPath(dir, root)}`, entryAt(entry.file));
    }
  }
  const unlisted = files.filter((f) => !byFile.has(f));
  for (const [i, file] of unlisted.entries()) add(file, undefined, entries.length + i);
  return sources;
}
