import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import type { Heading, Root } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus, Corpus, Problem } from "@/lib/content";

/**
 * Over a thousand mutations of the five real articles — deleted, duplicated and swapped lines,
 * broken fences and math delimiters, random Unicode — must each give a schema-valid corpus or
 * problems with a file and line, never an exception, and never silently lose a numbered section
 * that is still well-formed Markdown. FUZZ_RUNS sets the number of mutated articles (default 200,
 * each with 1–10 mutations, ≈1,100 in all; FUZZ_RUNS=2000 for a deeper run).
 */

const root = path.resolve(import.meta.dirname, "../..");
const articleDir = path.join(root, "content/articles");
const originals = JSON.parse(readFileSync(path.join(root, "content/articles.json"), "utf8")).map((entry: { file: string }) =>
  readFileSync(path.join(articleDir, entry.file), "utf8").split("\n"),
) as string[][];

const workDir = mkdtempSync(path.join(tmpdir(), "mutants-"));
const articleFile = path.join(workDir, "mutant.txt");
writeFileSync(path.join(workDir, "articles.json"), JSON.stringify([{ file: "mutant.txt", slug: "mutant", title: "变异样例" }]));
writeFileSync(path.join(workDir, "notes.json"), "[]");
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Lines that break structure when they land in the wrong place. */
const breakers = ["```", "```python", "~~~", "$$", "$$x", "\\[", "\\]", "$", "> ", "<div>", "| a | b |", "---", "# ", "**Q1：", "A:", "", "    "];

type Mutation = (lines: string[]) => void;

const at = (lines: string[], index: number) => Math.min(index, Math.max(lines.length - 1, 0));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => (lines: string[]) => void lines.splice(at(lines, i), 1)),
  fc.nat().map((i) => (lines: string[]) => void lines.splice(at(lines, i), 0, lines[at(lines, i)] ?? "")),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (lines: string[]) => {
    const [a, b] = [at(lines, i), at(lines, j)];
    [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...breakers)).map(([i, line]) => (lines: string[]) => void lines.splice(at(lines, i), 0, line)),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: "binary", maxLength: 12 })).map(([i, column, text]) => (lines: string[]) => {
    const index = at(lines, i);
    const line = lines[index] ?? "";
    const cut = column % (line.length + 1);
    lines[index] = line.slice(0, cut) + text + line.slice(cut);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, column]) => (lines: string[]) => {
    // Break a fence or a math delimiter by chopping the line it stands on.
    const index = at(lines, i);
    const line = lines[index] ?? "";
    lines[index] = line.slice(0, column % (line.length + 1));
  }),
);

const mutant = fc.tuple(fc.integer({ min: 0, max: originals.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 10 }));

/** Numbered section headings as CommonMark sees them: top-level `##`…`######` starting with 1 / 3.2.1. */
function wellFormedNumberedHeadings(text: string): { line: number; title: string }[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(text) as Root;
  return tree.children
    .filter((node): node is Heading => node.type === "heading" && node.depth >= 2)
    .map((node) => ({ line: node.position?.start.line ?? 0, text: mdToString(node).trim() }))
    .filter(({ text: heading }) => /^\d+(?:\.\d+)*\.?\s+\S/.test(heading) && !heading.includes("作者"))
    .map(({ line, text: heading }) => ({ line, title: heading.replace(/^\d+(?:\.\d+)*\.?\s+/, "") }));
}

describe("mutated real articles", () => {
  it("give a valid corpus or located problems, never throw, never silently drop a numbered section", () => {
    let mutations = 0;
    fc.assert(
      fc.property(mutant, ([which, edits]) => {
        const lines = [...(originals[which] ?? [])];
        for (const edit of edits) edit(lines);
        mutations += edits.length;
        const text = lines.join("\n");
        writeFileSync(articleFile, text);

        const { corpus, problems } = buildCorpus({ dir: workDir, root });
        for (const problem of problems) expect(Problem.safeParse(problem).success).toBe(true);
        const errors = problems.filter((problem) => problem.severity === "error");
        if (errors.length === 0) expect(Corpus.safeParse(corpus).success).toBe(true);
        for (const problem of problems.filter((p) => p.file.endsWith("mutant.txt"))) expect(problem.line).toBeGreaterThan(0);

        const article = corpus.articles[0];
        const sectionLines = new Set(article?.sections.map((section) => section.line));
        const questions = article?.faq.map((item) => item.question) ?? [];
        // By design everything after the article's last author line (the sign-off) is dropped.
        const signOff = lines.findLastIndex((line) => /^\s*(?:\*\*)?作者\s*[:：]/.test(line)) + 1;
        for (const heading of wellFormedNumberedHeadings(text)) {
          if (sectionLines.has(heading.line)) continue;
          if (questions.some((question) => question.includes(heading.title) || heading.title.includes(question))) continue;
          // A problem reported at or before the heading accounts for it (e.g. an unclosed fence above).
          const explained = problems.some((p) => p.file.endsWith("mutant.txt") && p.line <= heading.line);
          const afterSignOff = signOff > 0 && signOff < heading.line;
          expect(
            explained || afterSignOff,
            `section at line ${heading.line} "${heading.title}" vanished without a problem\n${text}`,
          ).toBe(true);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    expect(mutations).toBeGreaterThanOrEqual(Number(process.env.FUZZ_RUNS ?? 200));
  }, 240_000);
});
