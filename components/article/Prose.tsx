import type { ProseContext } from "@/lib/render/markdownPlugins";
import { Markdown } from "./Markdown";

export function Prose({ markdown, ctx }: { markdown: string; ctx: ProseContext }) {
  return (
    <div className="prose">
      <Markdown markdown={markdown} ctx={ctx} />
    </div>
  );
}
