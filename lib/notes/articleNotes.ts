import type { Article, Corpus, Note } from "@/lib/content/schema";

/** A note with its place in the article: reading order decides the number readers see. */
export interface NumberedNote extends Note {
  readonly number: number;
}

/** Where a note's quote sits: section order first, then position in that section's text. */
function readingPosition(article: Article, note: Note): [number, number] {
  const index = article.sections.findIndex((s) => s.id === note.sectionId);
  const section = article.sections[index];
  const offset = section ? section.text.indexOf(note.quote) : -1;
  return [index === -1 ? Number.MAX_SAFE_INTEGER : index, offset === -1 ? Number.MAX_SAFE_INTEGER : offset];
}

/** The notes of one article in reading order, numbered from 1. */
export function articleNotes(corpus: Pick<Corpus, "notes">, article: Article): NumberedNote[] {
  return corpus.notes
    .filter((n) => n.articleSlug === article.slug)
    .map((note) => ({ note, at: readingPosition(article, note) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.note.id.localeCompare(b.note.id))
    .map(({ note }, i) => ({ ...note, number: i + 1 }));
}

/** How many notes of each kind an article has (home cards show the corrections). */
export function noteCounts(corpus: Pick<Corpus, "notes">, slug: string): { correction: number; context: number } {
  const notes = corpus.notes.filter((n) => n.articleSlug === slug);
  return {
    correction: notes.filter((n) => n.kind === "correction").length,
    context: notes.filter((n) => n.kind === "context").length,
  };
}

/** Where a note's passage is read: the article page, scrolled to the mark. */
export function notePassagePath(note: Pick<Note, "articleSlug" | "id">): string {
  return `/articles/${note.articleSlug}/#${note.id}`;
}

/** Where a note is listed with its sources. */
export function noteListPath(note: Pick<Note, "id">): string {
  return `/notes/#${note.id}`;
}
