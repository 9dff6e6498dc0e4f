import katex from "katex";
import { katexOptions } from "@/lib/render/markdownPlugins";

/** A display formula standing alone in a section; wide ones scroll inside their own box. */
export function Formula({ id, latex }: { id: string; latex: string }) {
  const html = katex.renderToString(latex, { ...katexOptions, displayMode: true });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <div className="formula" id={id} tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
