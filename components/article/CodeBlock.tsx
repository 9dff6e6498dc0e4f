import type { NoteMark } from "@/lib/content/schema";
import { highlightCode, languageLabel } from "@/lib/render/highlight";
import { BlockNotes } from "./BlockNotes";
import { CopyButtonClient } from "./CopyButtonClient";

/** Plain text as lines, so quoted lines can be marked as in highlighted code. */
function PlainLines({ code, marked }: { code: string; marked: ReadonlySet<number> }) {
  const lines = code.replace(/\n$/, "").split("\n");
  return lines.map((line, i) => (
    <span key={i} className={marked.has(i + 1) ? "line note-line" : "line"}>
      {line}
      {i < lines.length - 1 ? "\n" : null}
    </span>
  ));
}

/** A code listing: highlighted at build for known languages, plain text otherwise; lines a note quotes are marked. */
export async function CodeBlock({ id, code, lang, notes }: { id?: string; code: string; lang: string | null; notes: readonly NoteMark[] }) {
  const marked = new Set(notes.flatMap((n) => n.lines ?? []));
  const html = await highlightCode(code, lang, marked);
  const label = languageLabel(lang);
  return (
    <>
      <figure className="code-block" id={id}>
        <figcaption className="code-header">
          <span className="code-lang">{label}</span>
          <CopyButtonClient />
        </figcaption>
        {html ? (
          <div className="code-scroll" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <div className="code-scroll">
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
            <pre className="plain" tabIndex={0}>
              <code>{marked.size ? <PlainLines code={code} marked={marked} /> : code.replace(/\n$/, "")}</code>
            </pre>
          </div>
        )}
      </figure>
      <BlockNotes notes={notes} on="code" />
    </>
  );
}
