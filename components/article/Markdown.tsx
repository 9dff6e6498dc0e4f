import ReactMarkdown from "react-markdown";
import type { MarkdownRender } from "@/lib/content/schema";
import { markdownRehypePlugins, markdownRemarkPlugins } from "@/lib/render/markdownPlugins";
import { safeUrl } from "@/lib/render/safeUrl";
import { BlockNotes } from "./BlockNotes";
import { markdownComponents } from "./markdownComponents";
import type { RenderContext } from "./renderContext";

/**
 * Article Markdown rendered at build: GFM, KaTeX, no raw HTML, safe links only. What to link and
 * mark comes with the block (`render`), decided in the compile.
 */
export function Markdown({ markdown, render, ctx }: { markdown: string; render: MarkdownRender; ctx: RenderContext }) {
  return (
    <>
      <ReactMarkdown
        remarkPlugins={markdownRemarkPlugins}
        rehypePlugins={markdownRehypePlugins(render)}
        urlTransform={safeUrl}
        components={markdownComponents(ctx, render)}
      >
        {markdown}
      </ReactMarkdown>
      <BlockNotes notes={render.blockNotes} on="prose" />
    </>
  );
}
