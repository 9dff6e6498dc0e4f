import { highlightCode, languageLabel } from "@/lib/render/highlight";
import { CopyButtonClient } from "./CopyButtonClient";

/** A code listing: highlighted at build for known languages, plain text otherwise. */
export async function CodeBlock({ id, code, lang }: { id?: string; code: string; lang: string | null }) {
  const html = await highlightCode(code, lang);
  const label = languageLabel(lang);
  return (
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
            <code>{code.replace(/\n$/, "")}</code>
          </pre>
        </div>
      )}
    </figure>
  );
}
