import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content";
import type { Corpus } from "@/lib/content/schema";
import { repoCorpus } from "../content/helpers";
import { markdownOf, renderedTermLinks } from "./renderBlock";

/** Every Markdown block whose rendered links differ from the ones the compile placed, as "slug block: shown / placed". */
function misplaced(corpus: Corpus): { blocks: number; placed: number; wrong: string[] } {
  let blocks = 0;
  let placed = 0;
  const wrong: string[] = [];
  for (const article of corpus.articles) {
    for (const block of article.sections.flatMap((s) => s.blocks)) {
      const markdown = markdownOf(block);
      if (markdown === null || !("render" in block)) continue;
      blocks++;
      placed += block.render.termLinks.length;
      const shown = renderedTermLinks(block.render, markdown);
      const wanted = block.render.termLinks.map((link) => link.term);
      if (shown.join() !== wanted.join()) wrong.push(`${article.slug} ${block.id}: ${shown.join(",")} / ${wanted.join(",")}`);
    }
  }
  return { blocks, placed, wrong };
}

describe("term links placed in the compile show on the page", () => {
  it("in every Markdown block of the five articles, each on its own words", () => {
    const { blocks, placed, wrong } = misplaced(repoCorpus());
    expect(wrong).toEqual([]);
    // The five articles have 202 Markdown blocks (prose, tables, FAQ answers, concept definitions).
    expect(blocks).toBeGreaterThan(150);
    expect(placed).toBeGreaterThan(blocks);
  });

  // The compile reads a block's own parsed nodes; the page parses the block's Markdown alone. Broken
  // Markdown is where the two could part: a link whose words are not at its offset would vanish.
  const root = path.resolve(import.meta.dirname, "../..");
  const originals = (JSON.parse(readFileSync(path.join(root, "content/articles.json"), "utf8")) as { file: string }[]).map((entry) =>
    readFileSync(path.join(root, "content/articles", entry.file), "utf8").split("\n"),
  );
  const workDir = mkdtempSync(path.join(tmpdir(), "link-mutants-"));
  writeFileSync(path.join(workDir, "articles.json"), JSON.stringify([{ file: "mutant.txt", slug: "mutant", title: "变异样例" }]));
  writeFileSync(path.join(workDir, "notes.json"), "[]");
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  const breakers = ["```", "$$", "> ", "<div>", "| a | b |", "---", "  - 嵌套", "1. 列表", "[ref]: https://example.org", "\\*转义\\*", "&amp;", ""];
  const inline = ["*", "**", "`", "\\", "&", "[", "](x)", "<br>", "$", "  "];
  const at = (lines: string[], i: number) => Math.min(i, Math.max(lines.length - 1, 0));
  const edit = fc.oneof(
    fc.nat().map((i) => (lines: string[]) => void lines.splice(at(lines, i), 1)),
    fc.tuple(fc.nat(), fc.constantFrom(...breakers)).map(([i, line]) => (lines: string[]) => void lines.splice(at(lines, i), 0, line)),
    fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...inline)).map(([i, column, text]) => (lines: string[]) => {
      const index = at(lines, i);
      const line = lines[index] ?? "";
      const cut = column % (line.length + 1);
      lines[index] = line.slice(0, cut) + text + line.slice(cut);
    }),
  );

  it("in mutated articles too: emphasis, escapes, entities, breaks and broken fences", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: originals.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (which, edits) => {
        const lines = [...(originals[which] ?? [])];
        for (const change of edits) change(lines);
        writeFileSync(path.join(workDir, "mutant.txt"), lines.join("\n"));
        expect(misplaced(buildCorpus({ dir: workDir, root }).corpus).wrong).toEqual([]);
      }),
      { numRuns: Number(process.env.LINK_FUZZ_RUNS ?? 30) },
    );
  }, 120_000);
});
