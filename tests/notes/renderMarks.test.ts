import { readFileSync } from "node:fs";
import type { Element, Root } from "hast";
import { toString as hastToString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { markdownRehypePlugins, markdownRemarkPlugins } from "@/lib/render/markdownPlugins";
import { repoCorpus } from "../content/helpers";
import { markdownOf } from "../render/renderBlock";
import { quotePlace } from "./quotePlace";

describe("note marks in the rendered articles", () => {
  const corpus = repoCorpus();

  it("puts the marker on the block for exactly the notes quoting a formula or code", () => {
    const literal = corpus.notes.filter((note) => {
      const source = corpus.articles.find((a) => a.slug === note.articleSlug)?.source;
      return source !== undefined && quotePlace(readFileSync(source, "utf8"), note.quote) !== "prose";
    });
    const onBlocks = corpus.articles.flatMap((a) =>
      a.sections.flatMap((s) => s.blocks.flatMap((b) => ("render" in b ? b.render.blockNotes : b.type === "code" || b.type === "formula" ? b.notes : []))),
    );
    expect(onBlocks.map((n) => n.id).sort()).toEqual(literal.map((n) => n.id).sort());
    expect(onBlocks.length).toBeGreaterThan(0);
  });

  for (const note of corpus.notes) {
    it(`shows ${note.id} once, on the block the compile chose`, () => {
      const article = corpus.articles.find((a) => a.slug === note.articleSlug);
      const block = article?.sections.find((s) => s.id === note.sectionId)?.blocks.find((b) => b.id === note.blockId);
      if (!block) throw new Error(`${note.id}: no block ${note.blockId} in ${note.sectionId}`);
      const markdown = markdownOf(block);
      const inText = "render" in block && block.render.notes.some((n) => n.id === note.id);
      const onBlock = "render" in block ? block.render.blockNotes.some((n) => n.id === note.id) : block.type === "code" || block.type === "formula" ? block.notes.some((n) => n.id === note.id) : false;
      expect(inText !== onBlock, "placed exactly one way").toBe(true);
      if (!inText || markdown === null || !("render" in block)) return;
      const processor = unified().use(remarkParse).use(markdownRemarkPlugins).use(remarkRehype).use(markdownRehypePlugins(block.render));
      const tree = processor.runSync(processor.parse(markdown)) as Root;
      let ids = 0;
      let refs = 0;
      let marked = "";
      visit(tree, "element", (el: Element) => {
        if (el.tagName === "mark" && el.properties.dataNoteId === note.id) {
          if (el.properties.id === note.id) ids++;
          marked += hastToString(el);
        }
        if (el.tagName === "note-ref" && el.properties.dataNoteId === note.id) refs++;
      });
      expect(ids).toBe(1);
      expect(refs).toBe(1);
      expect(marked).toBe(note.quote);
    });
  }
});
