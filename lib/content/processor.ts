import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { remarkDisplayMath } from "./markdown";
import { remarkMetadata } from "./metadata";
import { remarkBlocks } from "./remarkBlocks";
import { remarkSections } from "./sections";
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
