import { getCorpus } from "@/lib/content";
import type { Article, Corpus } from "@/lib/content/schema";
import { articleNotes } from "./articleNotes";
import { noteBodyHast } from "./noteBody";
import type { NoteMarkOptions, NoteToMark } from "./rehypeNoteMarks";

/** Numbered notes with their bodies rendered once per article, not once per fragment. */
const byArticle = new Map<string, readonly NoteToMark[]>();

export function notesToMark(corpus: Pick<Corpus, "notes">, article: Article): readonly NoteToMark[] {
  return articleNotes(corpus, article).map((n) => ({
    id: n.id,
    kind: n.kind,
    quote: n.quote,
    number: n.number,
    body: noteBodyHast(n.id, n.body),
  }));
}

/** Options for `rehypeNoteMarks` in one section of one article (the reader's plugin list). */
export function noteMarkOptions(ctx: { article: Article; section: { id: string } }): NoteMarkOptions {
  let notes = byArticle.get(ctx.article.slug);
  if (!notes) {
    notes = notesToMark(getCorpus(), ctx.article);
    byArticle.set(ctx.article.slug, notes);
  }
  const sectionNoteIds = new Set(
    getCorpus()
      .notes.filter((n) => n.articleSlug === ctx.article.slug && n.sectionId === ctx.section.id)
      .map((n) => n.id),
  );
  return { notes: notes.filter((n) => sectionNoteIds.has(n.id)) };
}
