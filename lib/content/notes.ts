import type { ParsedArticle } from "./article";
import type { ProblemLog } from "./problems";
import { lineAt } from "./problems";
import type { Note, NoteInput } from "./schema";

/** Every offset where `quote` occurs in `text`. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The section whose heading line is the last one at or before `line`. */
export function sectionAtLine(parsed: ParsedArticle, line: number): string | null {
  let id: string | null = null;
  for (const s of parsed.article.sections) if (s.line <= line) id = s.id;
  return id ?? parsed.article.sections[0]?.id ?? null;
}

/**
 * Anchors each note in its article: the quote must occur exactly once in the normalized text, and the
 * note belongs to the section containing it. Notes that cannot be anchored are reported and left out.
 */
export function anchorNotes(
  inputs: readonly NoteInput[],
  articles: readonly ParsedArticle[],
  notesFile: string,
  noteLine: (id: string) => number,
  log: ProblemLog,
): Note[] {
  const bySlug = new Map(articles.map((a) => [a.article.slug, a]));
  const notes: Note[] = [];
  for (const input of inputs) {
    const parsed = bySlug.get(input.articleSlug);
    if (!parsed) {
      log.warn(notesFile, noteLine(input.id), "note-unknown-article", `Note "${input.id}": no article with slug "${input.articleSlug}"; note skipped`);
      continue;
    }
    const file = parsed.article.source;
    const hits = occurrences(parsed.text, input.quote);
    if (hits.length === 0) {
      log.error(notesFile, noteLine(input.id), "note-quote-missing", `Note "${input.id}": quote not found in ${file}: "${input.quote}"`);
      continue;
    }
    const lines = hits.map((at) => lineAt(parsed.text, at));
    if (hits.length > 1) {
      log.error(file, lines[1], "note-quote-ambiguous", `Note "${input.id}": quote occurs ${hits.length} times in ${file} (lines ${lines.join(", ")}); quote more text so it occurs once`);
      continue;
    }
    if (parsed.endLine !== null && lines[0] >= parsed.endLine) {
      log.error(file, lines[0], "note-quote-dropped", `Note "${input.id}": quote lies after the author line, which is not article content`);
      continue;
    }
    const sectionId = sectionAtLine(parsed, lines[0]);
    if (!sectionId) continue;
    notes.push({ ...input, sectionId });
  }
  return notes;
}
