import { readFileSync } from "node:fs";
import type { Element, Root } from "hast";
import { toString as hastToString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { getCorpus } from "@/lib/content";
import type { Block } from "@/lib/content/schema";
import { proseRehypePlugins, proseRemarkPlugins } from "@/lib/render/markdownPlugins";
import { quotePlace } from "./quotePlace";

/** The Markdown fragments a section renders, as the reader renders them. */
function fragments(block: Block): string[] {
  if (block.type === "prose" || block.type === "table") return [block.markdown];
  if (block.type === "faq") return [block.answer];
  if (block.type === "concept") return [block.definition];
  return [];
}

describe("note marks in the rendered articles", () => {
  const corpus = getCorpus();
  // Quotes inside a formula or a code block get a marker on the whole block, not an inline <mark>.
  const inProse = corpus.notes.filter((note) => {
    const source = corpus.articles.find((a) => a.slug === note.articleSlug)?.source;
    return source !== undefined && quotePlace(readFileSync(source, "utf8"), note.quote) === "prose";
  });
  it("leaves out only the notes quoting a formula or code", () => {
    expect(corpus.notes.length - inProse.length).toBe(2);
  });
  for (const note of inProse) {
    it(`marks ${note.id} once in its section, with its marker right after`, () => {
      const article = corpus.articles.find((a) => a.slug === note.articleSlug);
      const section = article?.sections.find((s) => s.id === note.sectionId);
      if (!article || !section) throw new Error(`${note.id}: no section ${note.sectionId}`);
      const ctx = { article, section };
      let ids = 0;
      let refs = 0;
      let marked = "";
      for (const markdown of section.blocks.flatMap(fragments)) {
        const processor = unified()
          .use(remarkParse)
          .use(proseRemarkPlugins(ctx))
          .use(remarkRehype)
          .use(proseRehypePlugins(ctx));
        const tree = processor.runSync(processor.parse(markdown)) as Root;
        visit(tree, "element", (el: Element) => {
          if (el.tagName === "mark" && el.properties.dataNoteId === note.id) {
            if (el.properties.id === note.id) ids++;
            marked += hastToString(el);
          }
          if (el.tagName === "note-ref" && el.properties.dataNoteId === note.id) refs++;
        });
      }
      expect(ids).toBe(1);
      expect(refs).toBe(1);
      expect(marked).toBe(note.quote);
    });
  }
});
