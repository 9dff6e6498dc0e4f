import type { MarkdownRender } from "@/lib/content/schema";
import { Markdown } from "./Markdown";
import type { RenderContext } from "./renderContext";

export function TableBlock({ id, markdown, render, ctx }: { id: string; markdown: string; render: MarkdownRender; ctx: RenderContext }) {
  return (
    <div className="table-block" id={id}>
      <Markdown markdown={markdown} render={render} ctx={ctx} />
    </div>
  );
}
