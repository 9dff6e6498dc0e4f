import type { MarkdownRender } from "@/lib/content/schema";
import { Markdown } from "./Markdown";
import type { RenderContext } from "./renderContext";

export function Prose({ markdown, render, ctx }: { markdown: string; render: MarkdownRender; ctx: RenderContext }) {
  return (
    <div className="prose">
      <Markdown markdown={markdown} render={render} ctx={ctx} />
    </div>
  );
}
