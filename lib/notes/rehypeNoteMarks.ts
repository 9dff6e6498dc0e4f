import type { Element, ElementContent, Parent, Root, Text } from "hast";
import type { VFile } from "vfile";
import { NOTE_KIND_LABEL, type NoteKind } from "./kinds";

/** One note as the plugin needs it: what to find, and what to put after it. */
export interface NoteToMark {
  readonly id: string;
  readonly kind: NoteKind;
  readonly quote: string;
  /**
   * Where the quote starts in the fragment's note text (the text of its runs, joined), as the
   * compile found it with `quoteOffsets`: the page marks it there without searching.
   */
  readonly at: number;
  /** 1-based position of the note in its article, shown on the marker and in print. */
  readonly number: number;
  /** Month the note was last checked (YYYY-MM). */
  readonly checked?: string;
  /** The note body as phrasing-only hast (it sits inside the paragraph it annotates). */
  readonly body: readonly ElementContent[];
}

export interface NoteMarkOptions {
  readonly notes: readonly NoteToMark[];
  /** Repeat the fragment's notes after it for print, where popovers cannot open (default true). */
  readonly footnotes?: boolean;
}

/** Element placed right after a marked passage; the reader maps it to the marker component. */
export const NOTE_REF_TAG = "note-ref";

/** Containers whose text forms one run: a quote never spans two of them. */
const BLOCKS = new Set([
  "p",
  "li",
  "td",
  "th",
  "dt",
  "dd",
  "blockquote",
  "figcaption",
  "div",
  "section",
  "details",
  "summary",
  "ul",
  "ol",
  "dl",
  "table",
  "thead",
  "tbody",
  "tr",
]);

/** Never marked inside: code, rendered math, headings, and our own output. */
const SKIPPED = new Set([
  "code",
  "pre",
  "script",
  "style",
  "svg",
  "math",
  "mark",
  "button",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  NOTE_REF_TAG,
]);

interface Piece {
  readonly text: Text;
  /** From the enclosing block down to the text's own parent. */
  readonly ancestors: readonly Parent[];
  readonly start: number;
}

type Run = Piece[];

function classList(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : String(c ?? "").split(/\s+/);
}

function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName) || classList(el).some((c) => c === "katex" || c === "katex-display");
}

/** Splits the tree into runs of adjacent text within one block, stopping at skipped elements. */
function collectRuns(root: Root): Run[] {
  const runs: Run[] = [];
  let current: Run = [];
  let offset = 0;
  const close = () => {
    if (current.length > 0) runs.push(current);
    current = [];
    offset = 0;
  };
  const walk = (parent: Parent, ancestors: Parent[]) => {
    for (const child of parent.children) {
      if (child.type === "text") {
        current.push({ text: child, ancestors, start: offset });
        offset += child.value.length;
      } else if (child.type === "element") {
        if (isSkipped(child)) {
          close();
        } else if (BLOCKS.has(child.tagName)) {
          close();
          walk(child, [child]);
          close();
        } else {
          walk(child, [...ancestors, child]);
        }
      }
    }
  };
  walk(root, [root]);
  close();
  return runs;
}

interface Found {
  readonly run: Run;
  readonly start: number;
}

/** The text of one run, its pieces joined. */
function runText(run: Run): string {
  return run.map((p) => p.text.value).join("");
}

/**
 * Every place a quote can be marked in a fragment: offsets into its note text (the text of its
 * runs, joined, in document order) where one run holds the quote whole.
 */
export function quoteOffsets(tree: Root, quote: string): number[] {
  const offsets: number[] = [];
  let base = 0;
  for (const run of collectRuns(tree)) {
    const text = runText(run);
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + quote.length)) offsets.push(base + at);
    base += text.length;
  }
  return offsets;
}

/** The run and start of a quote at offset `at` of the note text, if it stands there whole. */
function locate(runs: readonly Run[], at: number, quote: string): Found | null {
  let base = 0;
  for (const run of runs) {
    const text = runText(run);
    if (at < base + text.length) return text.startsWith(quote, at - base) ? { run, start: at - base } : null;
    base += text.length;
  }
  return null;
}

function markElement(note: NoteToMark, value: string, first: boolean): Element {
  return {
    type: "element",
    tagName: "mark",
    properties: {
      ...(first ? { id: note.id } : {}),
      className: ["note-mark", `note-mark-${note.kind}`],
      dataNoteId: note.id,
    },
    children: [{ type: "text", value }],
  };
}

function refElement(note: NoteToMark): Element {
  return {
    type: "element",
    tagName: NOTE_REF_TAG,
    properties: { dataNoteId: note.id, dataNoteKind: note.kind, dataNoteNumber: String(note.number), ...(note.checked ? { dataNoteChecked: note.checked } : {}) },
    children: structuredClone([...note.body]),
  };
}

/**
 * Print-only copies of the fragment's notes, set after it like footnotes so the annotated
 * sentence stays whole on paper. Hidden on screen (and from assistive tech) by CSS.
 */
function footnotesElement(notes: readonly NoteToMark[], labels: Readonly<Record<NoteKind, string>>): Element {
  return {
    type: "element",
    tagName: "aside",
    properties: { className: ["note-footnotes"] },
    children: notes.map((note) => ({
      type: "element",
      tagName: "p",
      properties: { className: ["note-footnote", `note-ref-${note.kind}`] },
      children: [
        {
          type: "element",
          tagName: "span",
          properties: { className: ["note-footnote-label"] },
          children: [{ type: "text", value: `${labels[note.kind]} ${note.number}` }],
        },
        { type: "text", value: " " },
        ...structuredClone([...note.body]),
      ],
    })),
  };
}

/** Replaces `piece.text` by [before, mark, after]; returns the mark. */
function wrapPiece(piece: Piece, from: number, to: number, note: NoteToMark, first: boolean): Element {
  const parent = piece.ancestors[piece.ancestors.length - 1] as Parent;
  const value = piece.text.value;
  const mark = markElement(note, value.slice(from, to), first);
  const replacement: ElementContent[] = [];
  if (from > 0) replacement.push({ type: "text", value: value.slice(0, from) });
  replacement.push(mark);
  if (to < value.length) replacement.push({ type: "text", value: value.slice(to) });
  parent.children.splice(parent.children.indexOf(piece.text), 1, ...replacement);
  return mark;
}

/**
 * Marks the passage one note quotes and puts the note's marker right after it. A passage may
 * cross inline elements (a term link, emphasis); each covered piece gets its own <mark>, the
 * first carries the note id. The marker goes after the outermost inline element holding the
 * passage's end, so it never lands inside a link.
 */
function markNote(found: Found, note: NoteToMark): void {
  const end = found.start + note.quote.length;
  const covered = found.run.filter((p) => p.start < end && p.start + p.text.value.length > found.start);
  const last = covered[covered.length - 1] as Piece;
  const lastMark = wrapPiece(
    last,
    Math.max(0, found.start - last.start),
    end - last.start,
    note,
    covered.length === 1,
  );
  const block = last.ancestors[0] as Parent;
  const anchor = last.ancestors.length > 1 ? (last.ancestors[1] as ElementContent) : lastMark;
  block.children.splice(block.children.indexOf(anchor as never) + 1, 0, refElement(note));
  for (let i = covered.length - 2; i >= 0; i--) {
    const piece = covered[i] as Piece;
    wrapPiece(piece, Math.max(0, found.start - piece.start), piece.text.value.length, note, i === 0);
  }
}

/**
 * rehype plugin: marks each note's quoted passage in a Markdown fragment, at the offset the compile
 * found it. The last passage is marked first, so marking one never moves the text before it. A
 * quote that is not at its offset (the fragment renders differently from the compile's) is left
 * unmarked and reported.
 */
export default function rehypeNoteMarks(options: NoteMarkOptions) {
  const notes = [...options.notes].sort((a, b) => b.at - a.at);
  const footnotes = options.footnotes ?? true;
  return (tree: Root, file: VFile) => {
    const marked: NoteToMark[] = [];
    for (const note of notes) {
      const found = locate(collectRuns(tree), note.at, note.quote);
      if (!found) {
        file.message(`Note \`${note.id}\`: quote not found at offset ${note.at} of its fragment`, {
          ruleId: "note-quote-moved",
          source: "rehype-note-marks",
        });
        continue;
      }
      markNote(found, note);
      marked.push(note);
    }
    if (footnotes && marked.length > 0) {
      marked.sort((a, b) => a.number - b.number);
      tree.children.push(footnotesElement(marked, NOTE_KIND_LABEL));
    }
  };
}
