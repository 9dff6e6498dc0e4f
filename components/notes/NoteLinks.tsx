import "./notes.css";
import type { Note } from "@/lib/content/schema";
import { noteListPath } from "@/lib/notes/articleNotes";
import { NOTE_KIND_LABEL } from "@/lib/notes/kinds";

/** Small badges linking to the notes on a passage quoted outside its article. */
export function NoteLinks({ notes }: { notes: readonly Pick<Note, "id" | "kind">[] }) {
  if (notes.length === 0) return null;
  return (
    <span className="note-links">
      {notes.map((n) => (
        <a key={n.id} className={`note-link note-ref-${n.kind}`} href={noteListPath(n)}>
          {NOTE_KIND_LABEL[n.kind]}：见注记
        </a>
      ))}
    </span>
  );
}
