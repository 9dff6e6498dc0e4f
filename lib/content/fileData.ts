import type { ParsedArticle } from "./article";
import type { ArticleMeta } from "./metadata";
import type { Note } from "./schema";
import type { RawSection } from "./sections";

/** What the manifest (or the file name) says of an article file, before its text is read. */
export interface ArticleEntry {
  /** File name inside the articles folder, for messages that point at the manifest. */
  fileName: string;
  slug: string;
  order: number;
  /** Used only where the text names no title. */
  title?: string;
}

/** What each step of the article processor leaves on the file for the steps after it. */
declare module "vfile" {
  interface DataMap {
    /** Set before the run: the manifest's word on this file. */
    entry: ArticleEntry;
    /** remarkMetadata: title, keywords, summary, author and the content nodes that remain. */
    meta: ArticleMeta;
    /** remarkSections: the content split at its headings. */
    sections: RawSection[];
    /** remarkBlocks: the article with its typed blocks, and the nodes behind them. */
    parsed: ParsedArticle;
    /** remarkNoteMarks: the notes placed in this article, numbered in reading order. */
    notes: Note[];
  }
}
