import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ProblemLog } from "./problems";
import { readManifest } from "./read";
import type { Article, Note } from "./schema";

/**
 * When each article joined the collection and when it last changed, never invented:
 * - `published`: the date the manifest states for it, where it states one; else the commit that
 *   added the file (收录于).
 * - `updated`: the last commit that touched the file or its entries in the notes file (更新于).
 * Notes get the same from the commits that added and last changed their entry.
 * Outside git, for files git does not track, and where a shallow clone cut the history (the
 * boundary commit looks as if it added every file), the file's modification time stands in.
 */

export interface DateOptions {
  /** Folder that article `source` paths are relative to. */
  root: string;
  manifestPath: string | null;
  notesPath: string | null;
}

/** A commit as far as dates go: its hash and committer date (ISO 8601, UTC). */
interface Commit {
  hash: string;
  date: string;
}

interface FileHistory {
  added: Commit | null;
  last: Commit | null;
}

export function addDates(corpus: { articles: Article[]; notes: Note[] }, options: DateOptions): { articles: Article[]; notes: Note[] } {
  const git = GitHistory.open(options.root);
  const stated = statedDates(options);
  const notes = options.notesPath ? git?.jsonEntries(options.notesPath) : undefined;
  const notesChanged = (slug: string) => notes?.lastChange((e) => e.articleSlug === slug) ?? null;
  const articles = corpus.articles.map((article) => {
    const absolute = path.resolve(options.root, article.source);
    const history = git?.file(absolute) ?? { added: null, last: null };
    const mtime = fileTime(absolute);
    const published = stated.get(path.basename(article.source)) ?? history.added?.date ?? mtime;
    const updated = latest([history.last?.date ?? mtime, notesChanged(article.slug)?.date]);
    return { ...article, published, updated: latest([published, updated]), publishedStated: stated.has(path.basename(article.source)) };
  });
  const notesMtime = options.notesPath && fs.existsSync(options.notesPath) ? fileTime(options.notesPath) : undefined;
  const dated = corpus.notes.map((note) => {
    const mine = (e: { id?: unknown }) => e.id === note.id;
    const published = notes?.firstSeen(mine)?.date ?? notesMtime;
    const updated = notes?.lastChange(mine)?.date ?? notesMtime;
    return published && updated ? { ...note, published, updated: latest([published, updated]) } : note;
  });
  return { articles, notes: dated };
}

/** `published` dates the manifest states, by file name. Problems in it were reported when it was read. */
function statedDates(options: DateOptions): Map<string, string> {
  const entries = readManifest(options.manifestPath, new ProblemLog(), options.root)?.data ?? [];
  return new Map(entries.flatMap((e) => (e.published ? [[e.file, e.published] as const] : [])));
}

function fileTime(file: string): string {
  return fs.statSync(file).mtime.toISOString();
}

function latest(dates: (string | null | undefined)[]): string {
  const known = dates.filter((d): d is string => Boolean(d));
  return known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

type Entry = { id?: unknown; articleSlug?: unknown };

/** The history of one git repository, read with a handful of `git` calls and cached per file. */
class GitHistory {
  private readonly histories = new Map<string, FileHistory>();

  private constructor(
    private readonly top: string,
    /** Commits at the edge of a shallow clone: their diffs show every file as added. */
    private readonly boundary: ReadonlySet<string>,
  ) {}

  static open(root: string): GitHistory | null {
    const repo = locateRepository(root);
    if (!repo) return null;
    const { top, shallowFile } = repo;
    const boundary = fs.existsSync(shallowFile) ? fs.readFileSync(shallowFile, "utf8").split(/\s+/).filter(Boolean) : [];
    return new GitHistory(top, new Set(boundary));
  }

  /** The commits that added and last changed a file, following renames; null where history cannot tell. */
  file(absolute: string): FileHistory {
    const relative = path.relative(this.top, absolute);
    if (relative.startsWith("..")) return { added: null, last: null };
    const cached = this.histories.get(relative);
    if (cached) return cached;
    const commits = this.log(["--follow", "--", relative]);
    const history = { added: this.trusted(commits.at(-1)), last: this.trusted(commits[0]) };
    this.histories.set(relative, history);
    return history;
  }

  /** Each committed version of a JSON list file, newest first, to date changes to single entries. */
  jsonEntries(absolute: string): EntryHistory {
    const relative = path.relative(this.top, absolute).split(path.sep).join("/");
    if (relative.startsWith("..")) return new EntryHistory([], this.boundary);
    const versions = this.log(["--", relative]).map((commit) => ({ commit, entries: this.entriesAt(commit, relative) }));
    return new EntryHistory(versions, this.boundary);
  }

  /** The list as committed; [] where the commit deleted the file, null where it did not parse. */
  private entriesAt(commit: Commit, relative: string): Entry[] | null {
    const text = run(this.top, ["show", `${commit.hash}:${relative}`]);
    if (text === null) return [];
    try {
      const json: unknown = JSON.parse(text);
      return Array.isArray(json) ? (json as Entry[]) : null;
    } catch {
      return null;
    }
  }

  private trusted(commit: Commit | undefined): Commit | null {
    return commit && !this.boundary.has(commit.hash) ? commit : null;
  }

  private log(args: string[]): Commit[] {
    const out = run(this.top, ["log", "--format=%H %cI", ...args]) ?? "";
    return out
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [hash, date] = line.split(" ");
        return { hash, date: new Date(date).toISOString() };
      });
  }
}

/**
 * Where a folder's repository and its shallow-clone marker are. A folder does not move between
 * repositories, so each is asked once per process: asking `git` took about 40 ms, a third
 * of compiling one article (the mutation tests compile a few hundred). A folder outside any
 * repository is asked again next time, as it may have become one.
 */
const repositories = new Map<string, { top: string; shallowFile: string }>();

function locateRepository(root: string): { top: string; shallowFile: string } | null {
  const known = repositories.get(root);
  if (known) return known;
  const [top, shallowFile] = (run(root, ["rev-parse", "--show-toplevel", "--path-format=absolute", "--git-path", "shallow"]) ?? "").split("\n");
  if (!top || !shallowFile) return null;
  repositories.set(root, { top, shallowFile });
  return { top, shallowFile };
}

/** Versions of a JSON list, newest first; `entries: null` marks a version that did not parse. */
class EntryHistory {
  constructor(
    private readonly versions: { commit: Commit; entries: Entry[] | null }[],
    private readonly boundary: ReadonlySet<string>,
  ) {}

  /** The newest commit that changed the entries `pick` selects (added, edited or removed them). */
  lastChange(pick: (e: Entry) => boolean): Commit | null {
    for (const [i, { commit, entries }] of this.versions.entries()) {
      if (entries === null) continue;
      const before = this.versions.slice(i + 1).find((v) => v.entries !== null);
      if (!before) return entries.some(pick) && !this.boundary.has(commit.hash) ? commit : null;
      if (selected(entries, pick) !== selected(before.entries ?? [], pick)) return commit;
    }
    return null;
  }

  /** The oldest commit of the unbroken run of versions, from the newest back, that hold the entry. */
  firstSeen(pick: (e: Entry) => boolean): Commit | null {
    let first: Commit | null = null;
    for (const { commit, entries } of this.versions) {
      if (entries === null) continue;
      if (!entries.some(pick)) break;
      first = commit;
    }
    return first && !this.boundary.has(first.hash) ? first : null;
  }
}

function selected(entries: Entry[], pick: (e: Entry) => boolean): string {
  return JSON.stringify(entries.filter(pick));
}

/** Runs git quietly; null when git is missing, the folder is no repository, or the command fails. */
function run(cwd: string, args: string[]): string | null {
  try {
    return execFileSync("git", ["-c", "core.quotePath=false", ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}
