import { findMentions, type Matcher } from "@/lib/content/mentions";
import type { Article, GlossaryTerm, Section } from "@/lib/content/schema";

/** Where a term is used: one entry per section, with the words around its first mention. */
export interface Backlink {
  readonly sectionId: string;
  readonly sectionLabel: string;
  readonly count: number;
  readonly snippet: Snippet | null;
}

export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface ArticleBacklinks {
  readonly slug: string;
  readonly title: string;
  readonly total: number;
  readonly links: readonly Backlink[];
}

const CONTEXT_CHARS = 26;

/** "3.2 算法步骤详解", or the bare title for an unnumbered section. */
export function sectionLabel(section: Pick<Section, "number" | "title">): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}

/** The first mention of `termId` in `text` with some words either side, cut at line breaks. */
export function snippetAround(text: string, termId: string, matcher: Matcher, context = CONTEXT_CHARS): Snippet | null {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const hit = findMentions(flat, matcher).find((m) => m.termId === termId);
  if (!hit) return null;
  const head = Array.from(flat.slice(0, hit.start));
  const tail = Array.from(flat.slice(hit.end));
  const before = head.slice(-context).join("");
  const after = tail.slice(0, context).join("");
  return {
    before: `${head.length > context ? "…" : ""}${before}`,
    match: flat.slice(hit.start, hit.end),
    after: `${after}${tail.length > context ? "…" : ""}`,
  };
}

/** Backlinks of one term, grouped by article in reading order, sections in document order. */
export function backlinksOf(term: GlossaryTerm, articles: readonly Article[], matcher: Matcher): ArticleBacklinks[] {
  const out: ArticleBacklinks[] = [];
  for (const article of articles) {
    const counts = new Map(term.mentions.filter((m) => m.articleSlug === article.slug).map((m) => [m.sectionId, m.count]));
    if (counts.size === 0) continue;
    const links = article.sections
      .filter((s) => counts.has(s.id))
      .map((s) => ({
        sectionId: s.id,
        sectionLabel: sectionLabel(s),
        count: counts.get(s.id) ?? 0,
        snippet: snippetAround(s.text, term.id, matcher),
      }));
    out.push({ slug: article.slug, title: article.title, total: links.reduce((n, l) => n + l.count, 0), links });
  }
  return out;
}
