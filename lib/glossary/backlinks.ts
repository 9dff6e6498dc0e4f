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

/**
 * How much of a term's backlinks its page shows. A term used across hundreds of articles would
 * otherwise make a page of megabytes: its first articles (in reading order) are shown section by
 * section with the words around each mention, up to `sections` sections; the next `articles`
 * articles by title and count only; any beyond are counted, and search finds them.
 */
export const BACKLINK_LIMITS = { sections: 60, articles: 100 } as const;

export interface PageBacklinks {
  /** Shown section by section with snippets: whole articles, a prefix in reading order. */
  readonly detailed: readonly ArticleBacklinks[];
  /** Shown by title and count. */
  readonly brief: readonly ArticleBacklinks[];
  /** Not listed: how many more articles use the term. */
  readonly unlisted: number;
}

/** Splits a term's backlinks for its page. The first article is always detailed, however long. */
export function pageBacklinks(articles: readonly ArticleBacklinks[], limits: { sections: number; articles: number } = BACKLINK_LIMITS): PageBacklinks {
  let detailedCount = 0;
  let sections = 0;
  for (const article of articles) {
    if (detailedCount > 0 && sections + article.links.length > limits.sections) break;
    sections += article.links.length;
    detailedCount++;
  }
  const rest = articles.slice(detailedCount);
  return { detailed: articles.slice(0, detailedCount), brief: rest.slice(0, limits.articles), unlisted: Math.max(0, rest.length - limits.articles) };
}
