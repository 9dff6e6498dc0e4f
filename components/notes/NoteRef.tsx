import "./notes.css";
import type { ReactNode } from "react";
import { checkedLabel } from "@/lib/notes/checked";
import { NOTE_KIND_LABEL, type NoteKind } from "@/lib/notes/kinds";
import { noteListPath } from "@/lib/notes/articleNotes";

interface NoteRefProps {
  readonly children?: ReactNode;
  readonly "data-note-id"?: string;
  readonly "data-note-kind"?: string;
  readonly "data-note-number"?: string;
  readonly "data-note-checked"?: string;
}

function kindOf(value: string | undefined): NoteKind {
  return value === "context" ? "context" : "correction";
}

/**
 * The marker after a marked passage and the note it opens. A native popover does the work
 * without client JavaScript: the button toggles it by mouse, touch, Enter or Space; Esc and a
 * tap outside close it, and focus returns to the marker. In print the note shows in place.
 */
export function NoteRef(props: NoteRefProps) {
  const id = props["data-note-id"] ?? "";
  const kind = kindOf(props["data-note-kind"]);
  const number = props["data-note-number"] ?? "";
  const label = NOTE_KIND_LABEL[kind];
  const panelId = `${id}-note`;
  return (
    <span className={`note-ref note-ref-${kind}`}>
      <button
        type="button"
        className="note-marker"
        popoverTarget={panelId}
        aria-label={`${label} ${number}：查看注记`}
        title={`${label}：查看注记`}
      >
        {label}
        <span className="note-number">{number}</span>
      </button>
      <span id={panelId} popover="auto" role="note" aria-label={`${label} ${number}`} className="note-panel">
        <span className="note-panel-head">
          <span className="note-badge">
            {label} {number}
          </span>
          {props["data-note-checked"] ? <span className="note-checked">{checkedLabel(props["data-note-checked"])}</span> : null}
          <a className="note-all" href={noteListPath({ id })}>
            全部注记
          </a>
          <button
            type="button"
            className="note-close"
            popoverTarget={panelId}
            popoverTargetAction="hide"
            aria-label="关闭注记"
          >
            ×
          </button>
        </span>
        <span className="note-panel-body">{props.children}</span>
      </span>
    </span>
  );
}

/** The element `rehypeNoteMarks` emits, declared so it can be mapped in react-markdown's `components`. */
declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "note-ref": React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}
