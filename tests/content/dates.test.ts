import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addDates } from "@/lib/content/dates";
import type { Note } from "@/lib/content/schema";
import { testArticle } from "../support/article";

/** Each test builds a small repository whose commits carry chosen dates, then reads dates from it. */

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dates-"));
  folders.push(dir);
  return dir;
}

function git(cwd: string, args: string[], date?: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main", ...args], {
    cwd,
    env,
    stdio: "ignore",
  });
}

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

function commit(dir: string, date: string): void {
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", `change at ${date}`], date);
}

function note(id: string, articleSlug: string): Note {
  return {
    id,
    articleSlug,
    sectionId: "s-1",
    quote: "q",
    kind: "context",
    body: "b",
    sources: [{ title: "t", url: "https://example.org/" }],
    checked: "2024-01",
    number: 1,
    blockId: "b-1",
  };
}

const notesJson = (entries: { id: string; articleSlug: string; body: string }[]) => JSON.stringify(entries, null, 2);

function datesIn(root: string, slugs: string[], notes: Note[] = []) {
  const articles = slugs.map((slug) => testArticle({ slug, title: slug, source: `content/articles/${slug}.md` }));
  return addDates(
    { articles, notes },
    { root, manifestPath: path.join(root, "content/articles.json"), notesPath: path.join(root, "content/notes.json") },
  );
}

describe("article dates from git history", () => {
  it("published is the commit that added the file; updated the last commit touching it or its notes", () => {
    const repo = tempDir();
    git(repo, ["init", "-q"]);
    write(repo, "content/articles/a.md", "# A\n");
    write(repo, "content/articles/b.md", "# B\n");
    write(repo, "content/notes.json", notesJson([{ id: "n1", articleSlug: "a", body: "x" }]));
    commit(repo, "2024-01-01T10:00:00Z");
    write(repo, "content/articles/a.md", "# A\n\nmore\n");
    commit(repo, "2024-02-01T10:00:00Z");
    // A note about b arrives; a's notes are untouched.
    write(repo, "content/notes.json", notesJson([{ id: "n1", articleSlug: "a", body: "x" }, { id: "n2", articleSlug: "b", body: "y" }]));
    commit(repo, "2024-03-01T10:00:00Z");

    const { articles, notes } = datesIn(repo, ["a", "b"], [note("n1", "a"), note("n2", "b")]);
    expect(articles.map((a) => [a.slug, a.published, a.updated, a.publishedStated])).toEqual([
      ["a", "2024-01-01T10:00:00.000Z", "2024-02-01T10:00:00.000Z", false],
      ["b", "2024-01-01T10:00:00.000Z", "2024-03-01T10:00:00.000Z", false],
    ]);
    expect(notes.map((n) => [n.id, n.published, n.updated])).toEqual([
      ["n1", "2024-01-01T10:00:00.000Z", "2024-01-01T10:00:00.000Z"],
      ["n2", "2024-03-01T10:00:00.000Z", "2024-03-01T10:00:00.000Z"],
    ]);
  });

  it("an edited note dates its article's update; a removed one does too", () => {
    const repo = tempDir();
    git(repo, ["init", "-q"]);
    write(repo, "content/articles/a.md", "# A\n");
    write(repo, "content/articles/b.md", "# B\n");
    write(repo, "content/notes.json", notesJson([{ id: "n1", articleSlug: "a", body: "x" }, { id: "n2", articleSlug: "b", body: "y" }]));
    commit(repo, "2024-01-01T10:00:00Z");
    write(repo, "content/notes.json", notesJson([{ id: "n1", articleSlug: "a", body: "x, corrected" }, { id: "n2", articleSlug: "b", body: "y" }]));
    commit(repo, "2024-04-01T10:00:00Z");
    write(repo, "content/notes.json", notesJson([{ id: "n1", articleSlug: "a", body: "x, corrected" }]));
    commit(repo, "2024-05-01T10:00:00Z");

    const { articles, notes } = datesIn(repo, ["a", "b"], [note("n1", "a")]);
    expect(articles.map((a) => a.updated)).toEqual(["2024-04-01T10:00:00.000Z", "2024-05-01T10:00:00.000Z"]);
    expect(notes.map((n) => [n.published, n.updated])).toEqual([["2024-01-01T10:00:00.000Z", "2024-04-01T10:00:00.000Z"]]);
  });

  it("a renamed file keeps the day it joined", () => {
    const repo = tempDir();
    git(repo, ["init", "-q"]);
    write(repo, "content/articles/old-name.md", "# A\n\nsome text that stays the same\n");
    commit(repo, "2024-01-01T10:00:00Z");
    git(repo, ["mv", "content/articles/old-name.md", "content/articles/a.md"]);
    commit(repo, "2024-06-01T10:00:00Z");
    const [a] = datesIn(repo, ["a"]).articles;
    expect([a.published, a.updated]).toEqual(["2024-01-01T10:00:00.000Z", "2024-06-01T10:00:00.000Z"]);
  });

  it("a date the manifest states is the published date, marked as stated", () => {
    const repo = tempDir();
    git(repo, ["init", "-q"]);
    write(repo, "content/articles/a.md", "# A\n");
    write(repo, "content/articles.json", JSON.stringify([{ file: "a.md", slug: "a", published: "2023-07-15" }]));
    commit(repo, "2024-01-01T10:00:00Z");
    const [a] = datesIn(repo, ["a"]).articles;
    expect([a.published, a.updated, a.publishedStated]).toEqual(["2023-07-15", "2024-01-01T10:00:00.000Z", true]);
  });
});

describe("where git cannot tell", () => {
  const day = (iso: string) => new Date(iso);

  it("outside a repository, the file's modification time stands for both dates", () => {
    const root = tempDir();
    write(root, "content/articles/a.md", "# A\n");
    fs.utimesSync(path.join(root, "content/articles/a.md"), day("2022-05-05T05:05:05Z"), day("2022-05-05T05:05:05Z"));
    const [a] = datesIn(root, ["a"]).articles;
    expect([a.published, a.updated]).toEqual(["2022-05-05T05:05:05.000Z", "2022-05-05T05:05:05.000Z"]);
  });

  it("an uncommitted new file in a repository is dated by its modification time", () => {
    const repo = tempDir();
    git(repo, ["init", "-q"]);
    write(repo, "content/articles/a.md", "# A\n");
    commit(repo, "2024-01-01T10:00:00Z");
    write(repo, "content/articles/new.md", "# New\n");
    fs.utimesSync(path.join(repo, "content/articles/new.md"), day("2024-07-07T07:07:07Z"), day("2024-07-07T07:07:07Z"));
    const [a, fresh] = datesIn(repo, ["a", "new"]).articles;
    expect(a.published).toBe("2024-01-01T10:00:00.000Z");
    expect([fresh.published, fresh.updated]).toEqual(["2024-07-07T07:07:07.000Z", "2024-07-07T07:07:07.000Z"]);
  });

  it("a shallow clone does not take its boundary commit for the day every file was added", () => {
    const origin = tempDir();
    git(origin, ["init", "-q"]);
    write(origin, "content/articles/a.md", "# A\n");
    write(origin, "content/articles/b.md", "# B\n");
    commit(origin, "2024-01-01T10:00:00Z");
    write(origin, "content/articles/b.md", "# B\n\nedited\n");
    commit(origin, "2024-02-01T10:00:00Z");
    const clone = path.join(tempDir(), "clone");
    git(origin, ["clone", "-q", "--depth", "1", `file://${origin}`, clone]);
    for (const f of ["a", "b"]) {
      fs.utimesSync(path.join(clone, `content/articles/${f}.md`), day("2025-01-01T00:00:00Z"), day("2025-01-01T00:00:00Z"));
    }
    const [a, b] = datesIn(clone, ["a", "b"]).articles;
    // The one commit the clone has (2024-02-01) is where its history starts: it proves nothing.
    expect([a.published, a.updated]).toEqual(["2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"]);
    expect([b.published, b.updated]).toEqual(["2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"]);
  });
});
