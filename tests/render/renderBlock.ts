import type { Element, Root } from "hast";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import type { Block, MarkdownRender } from "@/lib/content/schema";
import { markdownRehypePlugins, markdownRemarkPlugins } from "@/lib/render/markdownPlugins";

/** The Markdown a block renders, if it is a Markdown block. */
export function markdownOf(block: Block): string | null {
  if (block.type === "prose" || block.type === "table") return block.markdown;
  if (block.type === "faq") return block.answer;
  if (block.type === "concept") return block.definition;
  return null;
}

/** The glossary links a block shows on its page, in order: react-markdown's pipeline with the block's own plugins. */
export function renderedTermLinks(render: MarkdownRender, markdown: string): string[] {
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
