import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content/corpus";
import { formatProblem, formatReport } from "@/lib/content/problems";
import type { Problem } from "@/lib/content/schema";
import { EMPTY_LIST } from "./helpers";

const DIR = "tests/content/fixtures/errors";
const at = (p: Problem) => `${p.file}:${p.line}`;
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === "error");
const find = (problems: Problem[], ruleId: string) => problems.filter((p) => p.ruleId === ruleId);

describe("broken articles: every problem is reported with file:line", () => {
  const { corpus, problems } = buildCorpus({ dir: `${DIR}/broken`, glossaryPath: EMPTY_LIST, notesPath: EMPTY_LIST });

  it("reports an unclosed code fence at the line that opens it", () => {
    expect(find(problems, "unclosed-fence").map(at)).toEqual([`${DIR}/broken/fence.md:7`]);
  });

  it("reports a KaTeX parse error at the formula's line", () => {
    const [katex] = find(problems, "katex");
    expect(at(katex)).toBe(`${DIR}/broken/math.md:7`);
    expect(katex.column).toBe(6);
    expect(katex.message).toContain("\\frac{1}{");
  });

  it("reports unbalanced \\[, a stray $$ and an unclosed $$ block", () => {
    expect(find(problems, "unbalanced-math").map((p) => [at(p), p.message.slice(0, 13)])).toEqual([
      [`${DIR}/broken/math.md:9`, "Unbalanced \\["],
      [`${DIR}/broken/math.md:11`, "Unbalanced $$"],
    ]);
    expect(find(problems, "unclosed-math").map(at)).toEqual([`${DIR}/broken/math.md:13`]);
  });

  it("reports a manifest entry without its file at the entry's line", () => {
    expect(find(problems, "manifest-missing-file").map(at)).toEqual([`${DIR}/broken/articles.json:4`]);
  });

  it("reports a duplicate slug at the second entry's line", () => {
    const [dup] = find(problems, "duplicate-slug");
    expect(at(dup)).toBe(`${DIR}/broken/articles.json:6`);
    expect(dup.message).toContain('"math"');
  });

  it("reports an empty article and an article with no title", () => {
    expect(find(problems, "empty-article").map(at)).toEqual([`${DIR}/broken/empty.md:1`]);
    expect(find(problems, "missing-title").map(at)).toEqual([`${DIR}/broken/untitled.md:1`]);
  });

  it("warns about a file with no manifest entry and still reads it with a slug from its name", () => {
    expect(find(problems, "manifest-missing-entry").map((p) => [at(p), p.severity])).toEqual([[`${DIR}/broken/unlisted-File.md:1`, "warning"]]);
    expect(corpus.articles.find((a) => a.slug === "unlisted-file")?.title).toBe("没有清单条目");
  });

  it("reports all of them, not just the first, and formats each as file:line:column", () => {
    expect(errors(problems)).toHaveLength(9);
    expect(formatProblem(find(problems, "unclosed-fence")[0])).toMatch(/^tests\/content\/fixtures\/errors\/broken\/fence\.md:7:1 {2}error {2}/);
    expect(formatReport(problems).split("\n").at(-1)).toBe("✖ 9 errors, 1 warning");
  });
});

describe("data files", () => {
  const { corpus, problems } = buildCorpus({ dir: `${DIR}/data` });

  it("names the glossary entry's line and the field that violates the schema", () => {
    expect(find(problems, "glossary-schema").map((p) => [at(p), p.message.split(":")[0]])).toEqual([
      [`${DIR}/data/glossary.json:3`, 'Entry 1 field "id"'],
      [`${DIR}/data/glossary.json:3`, 'Entry 1 field "definition"'],
    ]);
  });

  it("rejects a note quote that occurs twice, naming the note and the article lines", () => {
    const [twice] = find(problems, "note-quote-ambiguous");
    expect(at(twice)).toBe(`${DIR}/data/a.md:5`);
    expect(twice.message).toContain('Note "twice"');
    expect(twice.message).toContain("2 times");
  });

  it("rejects a note quote that is not in the article, at the note's line", () => {
    const [missing] = find(problems, "note-quote-missing");
    expect(at(missing)).toBe(`${DIR}/data/notes.json:17`);
    expect(missing.message).toContain('Note "missing"');
  });

  it("anchors a note quoted once in the section that contains it", () => {
    expect(corpus.notes.map((n) => [n.id, n.sectionId])).toEqual([["once", "s-1-2"]]);
  });

  it("makes duplicate section numbers unique, with a warning", () => {
    expect(corpus.articles[0].sections.map((s) => s.id)).toEqual(["s-1", "s-1-2"]);
    expect(find(problems, "duplicate-section-number").map((p) => [at(p), p.severity])).toEqual([[`${DIR}/data/a.md:7`, "warning"]]);
  });

  it("names the manifest field that violates the schema", () => {
    const bad = buildCorpus({ dir: `${DIR}/bad-manifest`, glossaryPath: EMPTY_LIST, notesPath: EMPTY_LIST });
    expect(find(bad.problems, "manifest-schema").map((p) => [at(p), p.message.split(":")[0]])).toEqual([
      [`${DIR}/bad-manifest/articles.json:3`, 'Entry 1 field "slug"'],
    ]);
  });
});
