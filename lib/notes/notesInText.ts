import type { Note } from "@/lib/content/schema";

/**
 * The notes whose quoted passage appears in `text` from one article: for pages that quote an
 * article elsewhere (a glossary definition, an excerpt), so the correction travels with the quote.
 */
export function notesInText(corpus: { readonly notes: readonly Note[] }, articleSlug: string, text: string): Note[] {
  return corpus.notes.filter((n) => n.articleSlug === articleSlug && text.includes(n.quote));
}
