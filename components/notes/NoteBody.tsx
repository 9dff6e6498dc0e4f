import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

/** A note body as its own block (on /notes/); our Markdown, still rendered without raw HTML. */
export function NoteBody({ markdown }: { markdown: string }) {
  return (
    <div className="note-item-body">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
