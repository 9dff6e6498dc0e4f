import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Manifest, NotesFile } from "@/lib/content/schema";

const manifest = Manifest.parse(JSON.parse(readFileSync("content/articles.json", "utf8")));
const notes = NotesFile.parse(JSON.parse(readFileSync("content/notes.json", "utf8")));

function articleText(slug: string): string {
  const entry = manifest.find((m) => m.slug === slug);
  if (!entry) throw new Error(`no article ${slug}`);
  return readFileSync(`content/articles/${entry.file}`, "utf8");
}

/** Lines that are code or display math (fenced blocks and `$$` blocks), 1-based. */
function nonProseLines(text: string): Set<number> {
  const lines = text.split("\n");
  const out = new Set<number>();
  let inFence = false;
  let inMath = false;
  lines.forEach((line, i) => {
    const t = line.trim();
    const toggleFence = /^(```|~~~)/.test(t);
    const toggleMath = t === "$$";
    if (inFence || inMath || toggleFence || toggleMath) out.add(i + 1);
    if (toggleFence && !inMath) inFence = !inFence;
    if (toggleMath && !inFence) inMath = !inMath;
  });
  return out;
}

describe("content/notes.json", () => {
  it("has at least 12 notes, each id unique", () => {
    expect(notes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it("annotates each of the five articles", () => {
    expect(new Set(notes.map((n) => n.articleSlug))).toEqual(new Set(manifest.map((m) => m.slug)));
  });

  it("quotes each passage exactly as written, occurring exactly once in its article", () => {
    for (const note of notes) {
      expect(articleText(note.articleSlug).split(note.quote).length - 1, note.id).toBe(1);
    }
  });

  it("quotes prose only: one line, no Markdown markers, not in code or display math", () => {
    for (const note of notes) {
      expect(note.quote, note.id).not.toMatch(/\n|\*\*|`|\$|\]\(|^#|^[-*] /);
      const text = articleText(note.articleSlug);
      const line = text.slice(0, text.indexOf(note.quote)).split("\n").length;
      expect(nonProseLines(text).has(line), `${note.id} at line ${line}`).toBe(false);
    }
  });

  it("cites at least one http(s) source for every note", () => {
    for (const note of notes) {
      expect(note.sources.length, note.id).toBeGreaterThan(0);
      for (const s of note.sources) expect(s.url, note.id).toMatch(/^https?:\/\//);
    }
  });

  it("links between notes only to notes that exist", () => {
    const ids = new Set(notes.map((n) => n.id));
    for (const note of notes) {
      for (const m of note.body.matchAll(/\/notes\/#([a-z0-9-]+)/g)) expect(ids.has(m[1] ?? ""), `${note.id} → ${m[1]}`).toBe(true);
    }
  });

  it("gives 贾扬清's career once, as context, and links to it from the other career corrections", () => {
    const career = notes.filter((n) => n.body.includes("贾扬清的履历（简）"));
    expect(career.map((n) => [n.id, n.kind])).toEqual([["jia-yangqing-career", "context"]]);
    for (const id of ["jia-career-bat", "jia-not-professor", "transformer-not-jia", "lepton-founded-2023"]) {
      expect(notes.find((n) => n.id === id)?.body, id).toContain("/notes/#jia-yangqing-career");
    }
  });
});
