import type { Article, Corpus, Note } from "@/lib/content/schema";
import { articleAnchorPath, noteListPath as noteEntryPath } from "@/lib/routes";

/** The notes of one article in reading order (the compile numbered them). */
export function articleNotes(corpus: Pick<Corpus, "notes">, article: Pick<Article, "slug">): Note[] {
  return corpus.notes.filter((n) => n.articleSlug === article.slug).sort((a, b) => a.number - b.number);
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
  return articleAnchorPath(note.articleSlug, note.id);
}

/** Where a note is listed with its sources. */
export function noteListPath(note: Pick<Note, "id">): string {
  return noteEntryPath(note.id);
}
