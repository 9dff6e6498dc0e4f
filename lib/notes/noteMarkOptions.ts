import { readFileSync } from "node:fs";
import { getCorpus } from "@/lib/content";
import type { Article, Corpus } from "@/lib/content/schema";
import { articleNotes } from "./articleNotes";
import { noteBodyHast } from "./noteBody";
import type { NoteMarkOptions, NoteToMark } from "./rehypeNoteMarks";

const NOTES_FILE = "content/notes.json";

/** `file:line: message`, the line being where the note's id is written in the notes file. */
export function locateNoteProblem(notesText: string, file: string, noteId: string, message: string): string {
  const at = notesText.search(new RegExp(`"id"\\s*:\\s*"${noteId}"`));
  const line = at < 0 ? 1 : notesText.slice(0, at).split("\n").length;
  return `${file}:${line}: ${message}`;
}

function bodyOrFail(id: string, markdown: string): NoteToMark["body"] {
  try {
    return noteBodyHast(id, markdown);
  } catch (err) {
    const text = readFileSync(NOTES_FILE, "utf8");
    throw new Error(locateNoteProblem(text, NOTES_FILE, id, (err as Error).message));
  }
}

/** Numbered notes with their bodies rendered once per article, not once per fragment. */
const byArticle = new Map<string, readonly NoteToMark[]>();

export function notesToMark(corpus: Pick<Corpus, "notes">, article: Article): readonly NoteToMark[] {
  return articleNotes(corpus, article).map((n) => ({
    id: n.id,
    kind: n.kind,
    quote: n.quote,
    number: n.number,
    body: bodyOrFail(n.id, n.body),
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
