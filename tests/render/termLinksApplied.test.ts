import type { Element, Root } from "hast";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import type { Block, MarkdownRender } from "@/lib/content/schema";
import { markdownRehypePlugins, markdownRemarkPlugins } from "@/lib/render/markdownPlugins";
import { repoCorpus } from "../content/helpers";

/** The Markdown a block renders, if it is a Markdown block. */
function markdownOf(block: Block): string | null {
  if (block.type === "prose" || block.type === "table") return block.markdown;
  if (block.type === "faq") return block.answer;
  if (block.type === "concept") return block.definition;
  return null;
}

/** The glossary links a block shows on its page: react-markdown's pipeline with the block's own plugins. */
function renderedLinks(render: MarkdownRender, markdown: string): string[] {
  const processor = unified()
    .use(remarkParse)
    .use(markdownRemarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(markdownRehypePlugins(render));
  const file = new VFile({ value: markdown });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const links: string[] = [];
  visit(tree, "element", (el: Element) => {
    if (el.tagName === "a" && el.properties.dataTerm) links.push(String(el.properties.dataTerm));
  });
  return links;
}

describe("term links in the real articles", () => {
  const corpus = repoCorpus();

  it("every link the compile placed shows on the page, on its own words, in every Markdown block", () => {
    let blocks = 0;
    let placed = 0;
    for (const article of corpus.articles) {
      for (const block of article.sections.flatMap((s) => s.blocks)) {
        const markdown = markdownOf(block);
        if (markdown === null || !("render" in block)) continue;
        blocks++;
        placed += block.render.termLinks.length;
        expect(renderedLinks(block.render, markdown), `${article.slug} ${block.id}`).toEqual(block.render.termLinks.map((link) => link.term));
      }
    }
    // The five articles have 202 Markdown blocks (prose, tables, FAQ answers, concept definitions).
    expect(blocks).toBeGreaterThan(150);
    expect(placed).toBeGreaterThan(blocks);
  });
});
