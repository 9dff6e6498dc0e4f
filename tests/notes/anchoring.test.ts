import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus, formatProblem, hasErrors } from "@/lib/content";
import { repoCorpus } from "../content/helpers";
import type { Block, Section } from "@/lib/content/schema";
import { NotesFile } from "@/lib/content/schema";

const notesFile = NotesFile.parse(JSON.parse(readFileSync("content/notes.json", "utf8")));

/** The raw source of a block: a quote may sit in a formula's LaTeX or a code block, not only in prose. */
function blockSource(block: Block): string {
  if (block.type === "formula") return block.latex;
  if (block.type === "code") return block.code;
  if (block.type === "faq") return `${block.question}\n${block.answer}`;
  if (block.type === "concept") return block.definition;
  if (block.type === "diagram") return block.source;
  return block.markdown;
}

const holds = (section: Section, quote: string) =>
  section.text.includes(quote) || section.blocks.some((b) => blockSource(b).includes(quote));

describe("anchoring the editor's notes in the real articles", () => {
  const corpus = repoCorpus();

  it("anchors every note of content/notes.json; none is dropped", () => {
    expect(corpus.notes.map((n) => n.id).sort()).toEqual(notesFile.map((n) => n.id).sort());
  });

  it("puts each note in the section whose prose, formula or code holds its quote, exactly once in the article", () => {
    for (const note of corpus.notes) {
      const article = corpus.articles.find((a) => a.slug === note.articleSlug);
      expect(article, note.id).toBeDefined();
      const holding = article?.sections.filter((s) => holds(s, note.quote)).map((s) => s.id);
      expect(holding, note.id).toEqual([note.sectionId]);
    }
  });

  it("anchors 002's Transformer and TensorFlow claims in section 1 and its formula note in 4.1", () => {
    const sectionOf = (id: string) => corpus.notes.find((n) => n.id === id)?.sectionId;
    const article = corpus.articles.find((a) => a.slug === "ai-infra-jia-yangqing");
    const numberOf = (id: string) => article?.sections.find((s) => s.id === sectionOf(id))?.number;
    expect(numberOf("transformer-not-jia")).toBe("1");
    expect(numberOf("tensorflow-not-jia")).toBe("1");
    expect(numberOf("transformer-formula")).toBe("4.1");
    expect(numberOf("transformer-paper-authors")).toBe("7.3");
  });
});

describe("a note whose quote does not match exactly once", () => {
  const { corpus, problems } = buildCorpus({ notesPath: "tests/notes/fixtures/notes-bad-quote.json" });
  const report = problems.map(formatProblem);

  it("is a build error naming the note id, the notes file line and the article file", () => {
    expect(hasErrors(problems)).toBe(true);
    const missing = report.filter((line) => line.includes("quote-not-in-article"));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^tests\/notes\/fixtures\/notes-bad-quote\.json:12:\d+ {2}error/);
    expect(missing[0]).toContain("content/articles/004_7e45c4a224d1866f.txt");
  });

  it("reports a quote found several times with the article file and every line it occurs on", () => {
    const twice = problems.filter((p) => p.message.includes("quote-twice"));
    expect(twice).toHaveLength(1);
    expect(twice[0]?.severity).toBe("error");
    expect(twice[0]?.file).toBe("content/articles/004_7e45c4a224d1866f.txt");
    expect(twice[0]?.message).toContain("lines 11, 17, 19");
  });

  it("keeps the note that does match, in the section that holds it", () => {
    expect(corpus.notes.map((n) => n.id)).toEqual(["good-note"]);
  });

  it("reports both as errors, so the build fails instead of dropping them", () => {
    expect(problems.filter((p) => p.severity === "error").map((p) => p.ruleId).sort()).toEqual([
      "note-quote-ambiguous",
      "note-quote-missing",
    ]);
  });
});
