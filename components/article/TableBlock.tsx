import type { ProseContext } from "@/lib/render/markdownPlugins";
import { Markdown } from "./Markdown";

export function TableBlock({ id, markdown, ctx }: { id: string; markdown: string; ctx: ProseContext }) {
  return (
    <div className="table-block" id={id}>
      <Markdown markdown={markdown} ctx={ctx} />
    </div>
  );
}
