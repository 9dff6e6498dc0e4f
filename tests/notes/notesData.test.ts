import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Manifest, NotesFile } from "@/lib/content/schema";
import { quotePlace } from "./quotePlace";

const manifest = Manifest.parse(JSON.parse(readFileSync("content/articles.json", "utf8")));
const notes = NotesFile.parse(JSON.parse(readFileSync("content/notes.json", "utf8")));

function articleText(slug: string): string {
  const entry = manifest.find((m) => m.slug === slug);
  if (!entry) throw new Error(`no article ${slug}`);
  return readFileSync(`content/articles/${entry.file}`, "utf8");
}

describe("content/notes.json", () => {
  it("has 54 notes, each id unique", () => {
    expect(notes).toHaveLength(54);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it("dates every note with the month it was checked, YYYY-MM", () => {
    for (const note of notes) expect(note.checked, note.id).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
  });

  it("refuses a note without a checked month, or with a day in it", () => {
    const [first] = notes;
    if (!first) throw new Error("no notes");
    const { checked: _omitted, ...undated } = first;
    expect(NotesFile.safeParse([undated]).success).toBe(false);
    expect(NotesFile.safeParse([{ ...first, checked: "2026-11-05" }]).success).toBe(false);
  });

  it("annotates each of the five articles", () => {
    expect(new Set(notes.map((n) => n.articleSlug))).toEqual(new Set(manifest.map((m) => m.slug)));
  });

  it("quotes each passage exactly as written, occurring exactly once in its article", () => {
    for (const note of notes) {
      expect(articleText(note.articleSlug).split(note.quote).length - 1, note.id).toBe(1);
    }
  });

  it("quotes one line, without Markdown markers or TeX delimiters", () => {
    for (const note of notes) expect(note.quote, note.id).not.toMatch(/\n|\*\*|`|\$|\]\(|^#|^[-*] /);
  });

  it("quotes prose wherever prose says it as precisely; only these quote a formula or code", () => {
    const inBlocks = notes
      .map((n) => [n.id, quotePlace(articleText(n.articleSlug), n.quote)])
      .filter(([, place]) => place !== "prose");
    expect(inBlocks).toEqual([
      ["cross-entropy-brackets", "math"],
      ["mse-printed-ce-optimized", "code"],
    ]);
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

  it("cites news or NVIDIA for Lepton AI, never the former Lepton homepage", () => {
    for (const note of notes) {
      for (const s of note.sources) expect(new URL(s.url).hostname, note.id).not.toMatch(/(^|\.)lepton\.ai$/);
    }
  });

  it("states where Lepton AI went: founded 2023 with 白俊杰 and 李响, bought by NVIDIA in April 2025", () => {
    for (const id of ["jia-yangqing-career", "lepton-founded-2023"]) {
      const body = notes.find((n) => n.id === id)?.body ?? "";
      for (const fact of ["2023", "白俊杰", "李响", "2025 年 4 月", "英伟达", "DGX Cloud Lepton"]) expect(body, `${id}: ${fact}`).toContain(fact);
    }
  });

  it("names the infrastructure work the career note stands on", () => {
    const body = notes.find((n) => n.id === "jia-yangqing-career")?.body ?? "";
    for (const work of ["Caffe2", "ONNX", "PyTorch 1.0", "PAI", "研究科学家", "AI 架构总监"]) expect(body, work).toContain(work);
  });
});
