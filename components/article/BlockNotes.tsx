import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { NoteRef } from "@/components/notes/NoteRef";
import type { NoteMark } from "@/lib/content/schema";

/**
 * Markers for notes whose quote sits in code or math, which cannot hold a mark: they follow the
 * block, each with the note's anchor, and open the same popover as a marker in text.
 */
export function BlockNotes({ notes }: { notes: readonly NoteMark[] }) {
  if (notes.length === 0) return null;
  return (
    <p className="block-notes">
      {notes.map((note) => (
        <span key={note.id} id={note.id} className="block-note">
          <span className="block-note-quote">“{note.quote.length > 40 ? `${[...note.quote].slice(0, 40).join("")}…` : note.quote}”</span>
          <NoteRef data-note-id={note.id} data-note-kind={note.kind} data-note-number={String(note.number)}>
            {toJsxRuntime({ type: "root", children: note.body } as Root, { Fragment, jsx, jsxs })}
          </NoteRef>
        </span>
      ))}
    </p>
  );
}
