import rehypeKatex from "rehype-katex";
import type { PluggableList } from "unified";
import { articleRemarkPlugins } from "@/lib/content/markdown";
import type { MarkdownRender } from "@/lib/content/schema";
import rehypeTermLinks from "@/lib/glossary/rehypeTermLinks";
import rehypeNoteMarks from "@/lib/notes/rehypeNoteMarks";
import rehypeListingIds from "./rehypeListingIds";

/** Remark plugins for every Markdown fragment of an article: the pipeline's own, so it renders as it parsed. */
export const markdownRemarkPlugins: PluggableList = [...articleRemarkPlugins];

/** KaTeX renders at build; `trust: false` keeps \href/\htmlClass from emitting markup from the article. */
export const katexOptions = Object.freeze({
  trust: false,
  throwOnError: false,
  output: "htmlAndMathml" as const,
  strict: "ignore" as const,
});

/**
 * Rehype plugins for one fragment, configured from what the compile decided for its block: the
 * notes to mark, the terms to link, the ids of its listings. Order matters: KaTeX first (its
 * output is skipped by the others), then note marks, term links, listing ids.
 */
export function markdownRehypePlugins(render: MarkdownRender): PluggableList {
  return [
    [rehypeKatex, katexOptions],
    [rehypeNoteMarks, { notes: render.notes }],
    [rehypeTermLinks, { links: render.termLinks }],
    [rehypeListingIds, { ids: render.listings }],
  ];
}
