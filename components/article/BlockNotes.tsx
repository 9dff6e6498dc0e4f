import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { NoteRef } from "@/components/notes/NoteRef";
import type { NoteMark } from "@/lib/content/schema";

/**
 * Markers for notes whose quote sits in code or math, which cannot hold a mark: they follow the
 * block, each with the note's anchor, and open the same popover as a marker in text.
 */
/** What the note is about, in words a reader can find on the page. */
function placeOf(note: NoteMark, on: "formula" | "code" | "prose"): string {
  if (on === "formula") return "上式";
  if (on === "code" && note.lines?.length) {
    const [first, last] = [note.lines[0], note.lines[note.lines.length - 1]];
    return `上方代码第 ${first === last ? first : `${first}–${last}`} 行`;
  }
  const quote = [...note.quote];
  return `“${quote.length > 40 ? `${quote.slice(0, 40).join("")}…` : note.quote}”`;
}

export function BlockNotes({ notes, on }: { notes: readonly NoteMark[]; on: "formula" | "code" | "prose" }) {
  if (notes.length === 0) return null;
  return (
    <p className="block-notes">
      {notes.map((note) => (
        <span key={note.id} id={note.id} className="block-note">
          <span className={on === "prose" ? "block-note-quote" : "block-note-place"}>{placeOf(note, on)}</span>
          <NoteRef data-note-id={note.id} data-note-kind={note.kind} data-note-number={String(note.number)} data-note-checked={note.checked}>
            {toJsxRuntime({ type: "root", children: note.body } as Root, { Fragment, jsx, jsxs })}
          </NoteRef>
        </span>
      ))}
    </p>
  );
}
