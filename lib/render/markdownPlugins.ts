import rehypeKatex from "rehype-katex";
import type { PluggableList } from "unified";
import { articleRemarkPlugins } from "@/lib/content/markdown";
import { glossaryTermLinks } from "@/lib/glossary/articleLinks";
import type { Article, Section } from "@/lib/content/schema";
import { noteMarkOptions } from "@/lib/notes/noteMarkOptions";
import rehypeNoteMarks from "@/lib/notes/rehypeNoteMarks";

/** Where a piece of Markdown sits, so plugins can link terms or mark quotes per section. */
export interface ProseContext {
  readonly article: Article;
  readonly section: Section;
}

/**
 * Remark plugins for every Markdown fragment of an article (prose, tables, FAQ answers, concept
 * definitions). Extension point: add one line per feature plugin.
 */
export function proseRemarkPlugins(_ctx: ProseContext): PluggableList {
  return [...articleRemarkPlugins];
}

/** KaTeX renders at build; `trust: false` keeps \href/\htmlClass from emitting markup from the article. */
export const katexOptions = Object.freeze({
  trust: false,
  throwOnError: false,
  output: "htmlAndMathml" as const,
  strict: "ignore" as const,
});

/** Rehype plugins for the same fragments. Extension point: add one line per feature plugin. */
export function proseRehypePlugins(ctx: ProseContext): PluggableList {
  return [[rehypeKatex, katexOptions], [rehypeNoteMarks, noteMarkOptions(ctx)], glossaryTermLinks(ctx)];
}
