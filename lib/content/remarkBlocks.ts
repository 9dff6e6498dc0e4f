import type { Root } from "mdast";
import type { VFile } from "vfile";
import { ArticleParts, classifySection } from "./blocks";
import "./fileData";
import type { Article, Section } from "./schema";
import { countReadable, FOR_EXCERPT, FOR_SEARCH, plainText, sectionExcerpt } from "./text";

const CJK_PER_MINUTE = 400;

/**
 * Step: turns the sections into the article — typed blocks (prose, code, formula, diagram, table,
 * FAQ, concept) with their ids, plain text and excerpts — in `file.data.parsed`.
 */
export function remarkBlocks() {
  return (tree: Root, file: VFile) => {
    const { entry, meta, sections: raw } = file.data;
    if (!entry || !meta || !raw?.length) return;
    const text = String(file.value);
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
      text: plainText(s.nodes, FOR_SEARCH),
      excerpt: "",
      line: s.line,
    }));
    const excerptTexts = raw.map((s) => ({ id: s.id, parentId: s.parentId, title: s.title, excerptText: plainText(s.nodes, FOR_EXCERPT) }));
    for (const [i, section] of sections.entries()) section.excerpt = sectionExcerpt(excerptTexts, excerptTexts[i]);

    // Reading length counts prose only: code and formulas are read at their own pace.
    const charCount = raw.reduce((n, s) => n + countReadable(plainText(s.nodes)), 0);
    const article: Article = {
      slug: entry.slug,
      order: entry.order,
      title: meta.title || entry.title || entry.slug,
      source: file.path,
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
    file.data.parsed = {
      article,
      file,
      tree,
      text,
      sectionNodes: new Map(raw.map((s) => [s.id, s.nodes])),
      excerptTexts: new Map(excerptTexts.map((s) => [s.id, s.excerptText])),
      blockNodes: parts.blockNodes,
      answerTrees: parts.answerTrees,
      formulas: parts.formulas,
      endLine: meta.authorLine,
    };
  };
}
