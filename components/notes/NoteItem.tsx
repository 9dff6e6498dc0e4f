import Link from "@/components/layout/PageLink";
import type { Note, Section } from "@/lib/content/schema";
import { notePassagePath } from "@/lib/notes/articleNotes";
import { checkedLabel } from "@/lib/notes/checked";
import { NOTE_KIND_LABEL } from "@/lib/notes/kinds";
import { NoteBody } from "./NoteBody";

/** One note on /notes/: the passage it concerns, what we say about it, and where that comes from. */
export function NoteItem({ note, section }: { note: Note; section: Section | undefined }) {
  const label = NOTE_KIND_LABEL[note.kind];
  const where = section ? [section.number, section.title].filter(Boolean).join(" ") : null;
  return (
    <li id={note.id} className={`note-item note-ref-${note.kind}`} data-kind={note.kind}>
      <p className="note-item-head">
        <span className="note-badge">
          {label} {note.number}
        </span>
        {where ? <span className="note-where">{where}</span> : null}
        <span className="note-checked">{checkedLabel(note.checked)}</span>
        <a className="note-permalink" href={`#${note.id}`} aria-label={`${label} ${note.number} 的链接`}>
          #
        </a>
      </p>
      <blockquote className="note-quote">
        <p>{note.quote}</p>
      </blockquote>
      <NoteBody markdown={note.body} />
      <div className="note-sources">
        <span className="note-sources-label">来源</span>
        <ul>
          {note.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <p className="note-passage">
        <Link href={notePassagePath(note)}>在原文中查看</Link>
      </p>
    </li>
  );
}
