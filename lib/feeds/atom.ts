import { Feed } from "feed";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Article, Corpus, Note } from "@/lib/content/schema";
import { articleBlurb } from "@/lib/render/articleFacts";
import { noteBodyHast } from "@/lib/notes/noteBody";
import { NOTE_KIND_LABEL } from "@/lib/notes/kinds";
import { articlePath, feedPath, noteListPath, notesFeedPath, notesPath } from "@/lib/routes";
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

/**
 * The site's Atom feeds, written with the `feed` library from the compiled corpus: one for the
 * articles (/feed.xml), one for the editor's notes (/notes/feed.xml). Entry ids are the pages'
 * permanent URLs, so a reader's feed client never sees an entry twice.
 */

const COPYRIGHT = "文章版权归原作者所有；勘误注记为本站所写。";

/**
 * Entries per feed: the most recently updated, newest first. Feed clients poll the whole file and
 * keep what they have seen, so a feed only needs the recent past; uncapped, the notes feed of 200
 * articles was 3.3 MB (2,160 entries), fetched again on every poll.
 */
export const FEED_ENTRY_LIMIT = 100;

/** Newest first by update, ties by key, at most FEED_ENTRY_LIMIT. */
function recent<T>(items: readonly T[], updated: (item: T) => Date, key: (item: T) => string): T[] {
  return [...items]
    .sort((a, b) => updated(b).getTime() - updated(a).getTime() || key(a).localeCompare(key(b)))
    .slice(0, FEED_ENTRY_LIMIT);
}

/** Text as XML 1.0 can carry it: characters XML forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped. */
export function xmlChars(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

/**
 * Text for the fields the library wraps in CDATA (titles, summaries, content): every "]]>" must
 * be split or it ends the section early. The library splits only the first occurrence, so the
 * later ones are split here the same way and the first is left to it.
 */
export function cdataText(text: string): string {
  const clean = xmlChars(text);
  const first = clean.indexOf("]]>");
  if (first < 0) return clean;
  return `${clean.slice(0, first + 3)}${clean.slice(first + 3).replaceAll("]]>", "]]]]><![CDATA[>")}`;
}

/** Dates are filled in by the content pipeline; a missing one is a pipeline bug, said as such. */
function dated(what: string, iso: string | undefined): Date {
  if (!iso) throw new Error(`Feed: ${what} has no date; lib/content/dates.ts should have set it`);
  return new Date(iso);
}

function newest(dates: Date[]): Date {
  return new Date(Math.max(0, ...dates.map((d) => d.getTime())));
}

export function articlesFeed(articles: readonly Article[]): string {
  const feed = new Feed({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: "zh-CN",
    updated: newest(articles.map((a) => dated(a.source, a.updated))),
    feedLinks: { atom: absoluteUrl(feedPath) },
    author: { name: SITE_NAME, link: absoluteUrl("/") },
    copyright: COPYRIGHT,
    generator: false,
  });
  for (const article of recent(articles, (a) => dated(a.source, a.updated), (a) => a.slug)) {
    const url = absoluteUrl(articlePath(article.slug));
    feed.addItem({
      title: cdataText(article.title),
      id: url,
      link: url,
      description: cdataText(articleBlurb(article, 200)),
      date: dated(article.source, article.updated),
      published: dated(article.source, article.published),
      // No <category> per keyword: the library leaves "<" unescaped in attribute values.
      author: article.author ? [{ name: xmlChars(article.author) }] : undefined,
    });
  }
  return feed.atom1();
}

export function notesFeed(corpus: Pick<Corpus, "articles" | "notes">): string {
  const titles = new Map(corpus.articles.map((a) => [a.slug, a.title]));
  const notes = recent(corpus.notes, (n) => dated(`note ${n.id}`, n.updated), (n) => n.id);
  const feed = new Feed({
    title: `勘误注记 · ${SITE_NAME}`,
    description: "五篇文章中的事实错误与需要补充的背景，逐条给出更正和一手来源。",
    id: absoluteUrl(notesPath),
    link: absoluteUrl(notesPath),
    language: "zh-CN",
    updated: newest(notes.map((n) => dated(`note ${n.id}`, n.updated))),
    feedLinks: { atom: absoluteUrl(notesFeedPath) },
    author: { name: SITE_NAME, link: absoluteUrl("/") },
    copyright: COPYRIGHT,
    generator: false,
  });
  for (const note of notes) {
    const url = absoluteUrl(noteListPath(note.id));
    feed.addItem({
      title: cdataText(`${NOTE_KIND_LABEL[note.kind]}：${titles.get(note.articleSlug) ?? note.articleSlug} ·「${note.quote}」`),
      id: url,
      link: url,
      content: cdataText(noteHtml(note)),
      date: dated(`note ${note.id}`, note.updated),
      published: dated(`note ${note.id}`, note.published),
    });
  }
  return feed.atom1();
}

/** The note as on /notes/: the quoted passage, what we say about it, and its sources. */
function noteHtml(note: Note): string {
  return toHtml([
    h("blockquote", [h("p", note.quote)]),
    h("p", noteBodyHast(note.id, note.body)),
    h("p", "来源："),
    h(
      "ul",
      note.sources.map((s) => h("li", [h("a", { href: s.url }, s.title)])),
    ),
  ]);
}
