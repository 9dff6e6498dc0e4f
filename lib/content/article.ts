import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import type { LocatedFormula } from "./blocks";
import "./fileData";
import { normalize } from "./normalize";
import { fail } from "./problems";
import { articleProcessor } from "./processor";
import type { ArticleSource } from "./read";
import type { Article } from "./schema";
import { reportUnbalanced } from "./validate";

/** An article plus what later steps (mentions, notes) need from its parse. */
export interface ParsedArticle {
  article: Article;
  /** The article's file: every step reports on it. */
  file: VFile;
  /** The article's tree, as the processor left it. */
  tree: Root;
  /** Normalized text: BOM and CRLF gone, TeX delimiters converted, same line numbers as the file. */
  text: string;
  /** Each section's own top-level nodes, by section id. */
  sectionNodes: Map<string, RootContent[]>;
  /** Each section's own text as excerpts read it (code as its text, a MATH_GAP per formula), by section id. */
  excerptTexts: ReadonlyMap<string, string>;
  /** The nodes each block was made from, by block id. */
  blockNodes: ReadonlyMap<string, readonly RootContent[]>;
  /** Each FAQ answer's own tree, by block id. */
  answerTrees: ReadonlyMap<string, Root>;
  /** Every formula with its place in the file, for the KaTeX check. */
  formulas: readonly LocatedFormula[];
  /** Line after which everything was dropped (the author line), or null. */
  endLine: number | null;
}

/**
 * Normalizes an article's text and runs the article processor on it. Null when nothing can be
 * built (an empty file, no sections); the reasons are messages on the file.
 */
export function buildArticle(src: ArticleSource): ParsedArticle | null {
  const file = src.vfile;
  if (!src.raw.trim()) {
    fail(file, "empty-article", "Article is empty or only whitespace");
    return null;
  }
  const { text, unbalanced } = normalize(src.raw);
  reportUnbalanced(unbalanced, text, file);
  // Normalizing keeps every line where it was, so the tree's positions are the file's.
  file.value = text;
  file.data.entry = { fileName: src.file, slug: src.slug, order: src.order, title: src.title };
  articleProcessor.runSync(articleProcessor.parse(file), file);
  return file.data.parsed ?? null;
}
