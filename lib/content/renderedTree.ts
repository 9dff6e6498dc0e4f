import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { type PluggableList, unified } from "unified";
import { VFile } from "vfile";
import type { ParsedArticle } from "./article";
import { articleRemarkPlugins } from "./markdown";
import type { Block } from "./schema";

/**
 * A Markdown block as the page will render it, before the page's own rehype steps: what the
 * compile places term links and note marks in, by offsets the page then applies.
 */

/** Markdown to hast exactly as react-markdown turns it before its rehype plugins run. */
const markdownToHast = unified()
  .use(remarkParse)
  .use([...articleRemarkPlugins] as PluggableList)
  .use(remarkRehype, { allowDangerousHtml: true })
  .freeze();

/** The same last step alone, for trees the compile has already parsed with those plugins. */
const mdastToHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();

export function hastOfMarkdown(markdown: string): HastRoot {
  // Some remark steps read the source from the file, as they do under react-markdown.
  const file = new VFile({ value: markdown });
  return markdownToHast.runSync(markdownToHast.parse(file), file) as HastRoot;
}

/** Note marks and term links both read a block's tree (never change it): it is made once per block. */
const trees = new WeakMap<Block, HastRoot | null>();

/**
 * A block's Markdown as the page will render it, as hast. Prose and tables reuse the nodes the
 * compile parsed (their Markdown is the source those nodes span), an FAQ answer its own tree;
 * only a concept's definition, rebuilt from its list item, is parsed here.
 */
export function renderedTree(block: Block, parsed: ParsedArticle): HastRoot | null {
  const known = trees.get(block);
  if (known !== undefined) return known;
  const mdast: Root | undefined =
    block.type === "faq" ? parsed.answerTrees.get(block.id) : block.type === "prose" || block.type === "table" ? { type: "root", children: [...(parsed.blockNodes.get(block.id) ?? [])] } : undefined;
  const tree = block.type === "concept" ? hastOfMarkdown(block.definition) : mdast ? (mdastToHast.runSync(mdast) as HastRoot) : null;
  trees.set(block, tree);
  return tree;
}
