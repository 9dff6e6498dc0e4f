import katex from "katex";
import type { NoteMark } from "@/lib/content/schema";
import { katexOptions } from "@/lib/render/markdownPlugins";
import { BlockNotes } from "./BlockNotes";

/** A display formula standing alone in a section; wide ones scroll inside their own box. */
export function Formula({ id, latex, notes }: { id: string; latex: string; notes: readonly NoteMark[] }) {
  const html = katex.renderToString(latex, { ...katexOptions, displayMode: true });
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <div className="formula" id={id} tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />
      <BlockNotes notes={notes} on="formula" />
    </>
  );
}
