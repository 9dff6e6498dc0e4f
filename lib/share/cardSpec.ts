import { createHash } from "node:crypto";
import type { Article, Corpus, GlossaryTerm, Section } from "@/lib/content/schema";
import { excerpt } from "@/lib/content/text";
import { englishNames, mainDefinition } from "@/lib/glossary/names";
import { cardImagePath } from "@/lib/routes";
import { sectionLabel } from "@/lib/render/sectionTree";

/** Open Graph's large-summary size: what chat apps and X show full width. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What one card shows. Its hash names the cached image, so an unchanged card is not redrawn. */
export interface CardSpec {
  /** Site path of the PNG (`/cards/…png`). */
  readonly path: string;
  /** Small line above the title: the article for a section, 术语表 for a term. */
  readonly kicker: string;
  /** Section number, shown before the title. */
  readonly badge: string | null;
  readonly title: string;
  /** A term's pinyin and English name, under the title. */
  readonly subtitle: string | null;
  readonly excerpt: string;
  /** Alt text for og:image:alt. */
  readonly alt: string;
}

/** Bump when the card design or its encoding changes, so cached images are redrawn. */
const DESIGN_VERSION = "3";

/** The card's cache key: its text and the footer it is drawn with (the site's name and public host). */
export function cardHash(spec: CardSpec, footer: { site: string; host: string }): string {
  return createHash("sha256").update(DESIGN_VERSION).update(JSON.stringify([spec, footer.site, footer.host])).digest("hex").slice(0, 20);
}

export function articleCard(article: Article): CardSpec {
  const blurb = article.summary ?? article.sections.find((s) => s.excerpt)?.excerpt ?? "";
  return {
    path: cardImagePath("article", article.slug),
    kicker: article.author ? `文章 · ${article.author}` : "文章",
    badge: null,
    title: article.title,
    subtitle: null,
    excerpt: excerpt(blurb, 90),
    alt: `《${article.title}》`,
  };
}

export function sectionCard(article: Article, section: Section): CardSpec {
  return {
    path: cardImagePath("section", article.slug, section.id),
    kicker: `《${article.title}》`,
    badge: section.number,
    title: section.title,
    subtitle: null,
    excerpt: excerpt(section.excerpt, 90),
    alt: `${sectionLabel(section)} · 《${article.title}》`,
  };
}

export function termCard(term: GlossaryTerm): CardSpec {
  const definition = mainDefinition(term);
  return {
    path: cardImagePath("term", term.id),
    kicker: "术语表",
    badge: null,
    title: term.term,
    subtitle: [term.pinyinMarked, englishNames(term)[0]].filter(Boolean).join(" · ") || null,
    excerpt: excerpt(definition.plain, 90),
    alt: `术语：${term.term}`,
  };
}

/** Every card the site links: one per article, per section and per glossary term. */
export function allCards(corpus: Corpus): CardSpec[] {
  return [
    ...corpus.articles.flatMap((a) => [articleCard(a), ...a.sections.map((s) => sectionCard(a, s))]),
    ...corpus.glossary.map(termCard),
  ];
}
