import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { remarkDisplayMath } from "./markdown";
import { remarkMetadata } from "./metadata";
import { type NoteMarksOptions, remarkNoteMarks } from "./notes";
import { remarkBlocks } from "./remarkBlocks";
import { remarkSections } from "./sections";
import { remarkDeadLinks } from "./siteLinks";
import { remarkTermLinks, type TermLinksOptions } from "./termLinks";
import { remarkCheckFormulas, remarkCheckStructure } from "./validate";

/**
 * The article processor: one parse per article, then each step reads what the steps before it
 * left in `file.data` and reports on the file. The order matters:
 */
export const articleProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  // `$$…$$` on a line of its own inside a paragraph is display math: fixed before anything reads the tree.
  .use(remarkDisplayMath)
  // Unclosed fences and math swallow what follows them: reported on the raw tree.
  .use(remarkCheckStructure)
  // Title, keywords, summary and author come off the front and the sign-off off the end…
  .use(remarkMetadata)
  // …so that only content is split into sections at its headings…
  .use(remarkSections)
  // …and each section into typed blocks (FAQ items and concept cards included), with text and excerpts.
  .use(remarkBlocks)
  // Formulas are known once the blocks collected them.
  .use(remarkCheckFormulas)
  .freeze();

export interface LinkOptions extends TermLinksOptions, NoteMarksOptions {
  /** Every path the site serves, for dead links. */
  paths: ReadonlySet<string>;
}

/**
 * The steps that need every article first — the glossary is made from all their concepts, and links
 * may lead to any page — run as a second processor over each article's tree, with those
 * cross-article inputs as options.
 */
export function linkProcessor(options: LinkOptions) {
  return (
    unified()
      // Notes are placed on the blocks that hold their quotes, numbered in reading order.
      .use(remarkNoteMarks, options)
      // A term links at its first mention in each section.
      .use(remarkTermLinks, options)
      // Links to no page of the site render as text, with a warning.
      .use(remarkDeadLinks, options)
      .freeze()
  );
}
