import type { ElementContent } from "hast";
import type { Nodes, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { noteBodyHast } from "@/lib/notes/noteBody";
import { quoteOffsets } from "@/lib/notes/rehypeNoteMarks";
import type { ParsedArticle } from "./article";
import type { Point } from "unist";
import type { VFile } from "vfile";
import { location } from "vfile-location";
import "./fileData";
import { fail, warn } from "./problems";
import { renderedTree } from "./renderedTree";
import type { Block, Note, NoteInput, NoteMark } from "./schema";

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

const LITERAL = new Set(["code", "inlineCode", "math", "inlineMath"]);

function covers(node: Nodes, from: number, to: number): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined && start <= from && to <= end;
}

/** The code or math node holding the passage, if the passage is literal text. */
function literalAround(nodes: readonly RootContent[], from: number, to: number): Nodes | null {
  let found: Nodes | null = null;
  for (const node of nodes) {
    visit(node, (n) => {
      if (!found && LITERAL.has(n.type) && covers(n as Nodes, from, to)) found = n as Nodes;
    });
  }
  return found;
}

/** Strips source positions: the body is data for the page, not a place in a file. */
function withoutPositions(nodes: ElementContent[]): ElementContent[] {
  return JSON.parse(JSON.stringify(nodes, (key, value) => (key === "position" ? undefined : value))) as ElementContent[];
}

interface Placed {
  note: Note;
  block: Block;
  at: number;
  /**
   * A note marked in text: where its quote starts in the block's note text, as the page renders
   * it. Absent for a note on the block (its quote is code or math).
   */
  textAt?: number;
  lines?: number[];
  body: ElementContent[];
}

export interface AnchorContext {
  /** The notes file: messages about a note's own fields go there. */
  notesFile: VFile;
  /** Where a field of a note is written in the notes file. */
  notePlace: (id: string, field?: string) => Point;
}

/**
 * Places one note: the quote must occur once in the article's normalized text, inside a block of
 * content; the note belongs to that block. Quotes in code or math put the marker on the block.
 */
function place(input: NoteInput, parsed: ParsedArticle, ctx: AnchorContext): Placed | null {
  const { notesFile } = ctx;
  const notePlace = ctx.notePlace(input.id);
  const file = parsed.article.source;
  const hits = occurrences(parsed.text, input.quote);
  if (hits.length === 0) {
    fail(notesFile, "note-quote-missing", `Note "${input.id}": quote not found in ${file}: "${input.quote}"`, notePlace);
    return null;
  }
  const points = location(parsed.text);
  const placeOf = (offset: number): Point => points.toPoint(offset) ?? { line: 1, column: 1 };
  const lines = hits.map((at) => placeOf(at).line);
  if (hits.length > 1) {
    const reason = `Note "${input.id}": quote occurs ${hits.length} times in ${file} (lines ${lines.join(", ")}); quote more text so it occurs once`;
    fail(parsed.file, "note-quote-ambiguous", reason, placeOf(hits[1]));
    return null;
  }
  const at = hits[0];
  if (parsed.endLine !== null && lines[0] >= parsed.endLine) {
    fail(parsed.file, "note-quote-dropped", `Note "${input.id}": quote lies after the author line, which is not article content`, placeOf(at));
    return null;
  }
  const sectionId = sectionAtLine(parsed, lines[0]);
  const section = parsed.article.sections.find((s) => s.id === sectionId);
  const end = at + input.quote.length;
  const block = section?.blocks.find((b) => spans(parsed.blockNodes.get(b.id), at, end));
  if (!section || !block) {
    const reason = `Note "${input.id}": quote is not inside one block of content (a heading, or across two blocks); quote a passage of one paragraph, list, table, formula or code block`;
    fail(parsed.file, "note-quote-outside", reason, placeOf(at));
    return null;
  }
  let body: ElementContent[];
  try {
    body = withoutPositions(noteBodyHast(input.id, input.body));
  } catch (err) {
    fail(notesFile, "note-body", (err as Error).message, ctx.notePlace(input.id, "body"));
    return null;
  }
  const literal = literalAround(parsed.blockNodes.get(block.id) ?? [], at, end);
  const note: Note = { ...input, sectionId: section.id, number: 1, blockId: block.id };
  if (literal) {
    const first = literal.position?.start.line ?? lines[0];
    const covered = block.type === "code" ? rangeOf(placeOf(at).line - first, placeOf(end - 1).line - first) : undefined;
    return { note, block, at, lines: covered, body };
  }
  const tree = "render" in block ? renderedTree(block, parsed) : null;
  const textAt = tree ? quoteOffsets(tree, input.quote)[0] : undefined;
  if (textAt === undefined) {
    const reason = `Note "${input.id}": the quote crosses formatting, a formula or a line of another paragraph in ${file}:${lines[0]}; quote a passage that reads as one stretch of text`;
    fail(notesFile, "note-quote-unmarkable", reason, notePlace);
    return null;
  }
  return { note, block, at, textAt, body };
}

/** A passage may span several top-level nodes of one block (a list item after a paragraph). */
function spans(nodes: readonly RootContent[] | undefined, from: number, to: number): boolean {
  if (!nodes?.length) return false;
  const start = nodes[0].position?.start.offset;
  const end = nodes[nodes.length - 1].position?.end.offset;
  return start !== undefined && end !== undefined && start <= from && to <= end;
}

function rangeOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(1, from); i <= Math.max(from, to); i++) out.push(i);
  return out;
}

/** Puts a placed note on its block, where the page shows it. */
function attach(placed: Placed): void {
  const { note, block, textAt, lines, body } = placed;
  const mark: NoteMark = { id: note.id, kind: note.kind, number: note.number, quote: note.quote, checked: note.checked, body, ...(lines ? { lines } : {}) };
  if (block.type === "code" || block.type === "formula") block.notes.push(mark);
  else if (!("render" in block)) return;
  else if (textAt !== undefined) block.render.notes.push({ ...mark, at: textAt });
  else block.render.blockNotes.push(mark);
}

export interface NoteMarksOptions extends AnchorContext {
  /** Every note of the notes file; each article takes its own. */
  notes: readonly NoteInput[];
}

/**
 * Step: anchors each of the article's notes and decides how the page shows it — the block, text
 * mark or block marker, and its number in reading order — into `file.data.notes`. Notes that cannot
 * be placed are reported at the note in the notes file (or at the quote in the article) and left out.
 */
export function remarkNoteMarks(options: NoteMarksOptions) {
  return (_tree: Root, file: VFile) => {
    const parsed = file.data.parsed;
    if (!parsed) return;
    const mine = options.notes.filter((n) => n.articleSlug === parsed.article.slug);
    const placed = mine.map((input) => place(input, parsed, options)).filter((p): p is Placed => p !== null);
    // Reading order decides the number readers see.
    placed.sort((a, b) => a.at - b.at);
    for (const [i, p] of placed.entries()) {
      p.note.number = i + 1;
      attach(p);
    }
    file.data.notes = placed.map((p) => p.note);
  };
}

/** Notes naming an article the compile does not have: a warning each, at the note. */
export function reportUnknownArticles(inputs: readonly NoteInput[], slugs: ReadonlySet<string>, ctx: AnchorContext): void {
  for (const input of inputs.filter((n) => !slugs.has(n.articleSlug))) {
    warn(ctx.notesFile, "note-unknown-article", `Note "${input.id}": no article with slug "${input.articleSlug}"; note skipped`, ctx.notePlace(input.id));
  }
}
