import type { Article, GlossaryTerm, Snippet } from "@/lib/content/schema";
import { sectionLabel } from "@/lib/render/sectionTree";

/** Where a term is used: one entry per section, with the words around its first mention. */
export interface Backlink {
  readonly sectionId: string;
  readonly sectionLabel: string;
  readonly count: number;
  readonly snippet: Snippet | null;
}

export interface ArticleBacklinks {
  readonly slug: string;
  readonly title: string;
  readonly total: number;
  readonly links: readonly Backlink[];
}

/** Backlinks of one term, grouped by article in reading order, sections in document order; snippets come from the compile. */
export function backlinksOf(term: GlossaryTerm, articles: readonly Article[]): ArticleBacklinks[] {
  const out: ArticleBacklinks[] = [];
  for (const article of articles) {
    const mentions = new Map(term.mentions.filter((m) => m.articleSlug === article.slug).map((m) => [m.sectionId, m]));
    if (mentions.size === 0) continue;
    const links = article.sections.flatMap((s) => {
      const mention = mentions.get(s.id);
      return mention ? [{ sectionId: s.id, sectionLabel: sectionLabel(s), count: mention.count, snippet: mention.snippet }] : [];
    });
    out.push({ slug: article.slug, title: article.title, total: links.reduce((n, l) => n + l.count, 0), links });
  }
  return out;
}
