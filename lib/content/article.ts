import type { Root, RootContent } from "mdast";
import { VFile } from "vfile";
import { ArticleParts, classifySection } from "./blocks";
import { parseMarkdown } from "./markdown";
import { extractMetadata } from "./metadata";
import { normalize } from "./normalize";
import { fail, warn } from "./problems";
import type { ArticleSource } from "./read";
import type { Article, Section } from "./schema";
import { sectionize } from "./sections";
import { countReadable, plainText, sectionExcerpt } from "./text";
import { checkFormulas, checkStructure, reportUnbalanced } from "./validate";

/** An article plus what later steps (mentions, notes) need from its parse. */
export interface ParsedArticle {
  article: Article;
  /** The article's file: every step reports on it. */
  file: VFile;
  /** Normalized text: BOM and CRLF gone, TeX delimiters converted, same line numbers as the file. */
  text: string;
  /** Each section's own top-level nodes, by section id. */
  sectionNodes: Map<string, RootContent[]>;
  /** The nodes each block was made from, by block id. */
  blockNodes: ReadonlyMap<string, readonly RootContent[]>;
  /** Each FAQ answer's own tree, by block id. */
  answerTrees: ReadonlyMap<string, Root>;
  /** Line after which everything was dropped (the author line), or null. */
  endLine: number | null;
}

const CJK_PER_MINUTE = 400;

export function buildArticle(src: ArticleSource): ParsedArticle | null {
  const file = src.vfile;
  if (!src.raw.trim()) {
    fail(file, "empty-article", "Article is empty or only whitespace");
    return null;
  }
  const { text, unbalanced } = normalize(src.raw);
  reportUnbalanced(unbalanced, text, file);
  const tree = parseMarkdown(new VFile({ path: file.path, value: text }));
  checkStructure(tree, text, file);

  const meta = extractMetadata(tree);
  const title = meta.title || src.title || null;
  if (!title) {
    fail(file, "missing-title", `No title: add a leading "# " heading or a "title" for ${src.file} in the manifest`);
  }
  const { sections: raw, duplicates, untitled } = sectionize(meta.body);
  for (const place of untitled) warn(file, "empty-heading", "Heading has no text; titled “未命名章节”", place);
  for (const d of duplicates) {
    warn(file, "duplicate-section-number", `Section number ${d.number} already used at line ${d.firstLine}; id made unique as "${d.id}"`, d.place);
  }
  if (raw.length === 0) {
    fail(file, "no-sections", "Article has no content after its title and metadata");
    return null;
  }

  const parts = new ArticleParts();
  const knownTerms = new Set<string>();
  const sections: Section[] = raw.map((s) => ({
    id: s.id,
    number: s.number,
    title: s.title,
    level: s.level,
    kind: s.kind,
    parentId: s.parentId,
    blocks: classifySection(s, text, parts, knownTerms),
    text: plainText(s.nodes),
    excerpt: "",
    line: s.line,
  }));
  const excerptTexts = raw.map((s) => ({ id: s.id, parentId: s.parentId, title: s.title, excerptText: plainText(s.nodes, true) }));
  for (const [i, section] of sections.entries()) section.excerpt = sectionExcerpt(excerptTexts, excerptTexts[i]);
  checkFormulas(parts.formulas, file);

  const charCount = sections.reduce((n, s) => n + countReadable(s.text), 0);
  const article: Article = {
    slug: src.slug,
    order: src.order,
    title: title ?? src.slug,
    source: src.source,
    author: meta.author,
    keywords: meta.keywords,
    summary: meta.summary,
    charCount,
    readingMinutes: Math.max(1, Math.ceil(charCount / CJK_PER_MINUTE)),
    sections,
    formulas: parts.formulas.map(({ place: _place, ...f }) => f),
    code: parts.code,
    diagrams: parts.diagrams,
    faq: parts.faq,
    concepts: parts.concepts,
    linkedTerms: [],
  };
  const sectionNodes = new Map(raw.map((s) => [s.id, s.nodes]));
  return { article, file, text, sectionNodes, blockNodes: parts.blockNodes, answerTrees: parts.answerTrees, endLine: meta.authorLine };
}
