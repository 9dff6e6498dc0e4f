import Link from "next/link";
import type { ProseContext } from "@/lib/render/markdownPlugins";
import { Markdown } from "./Markdown";

/** A core concept as a definition card; links to the glossary entry when there is one. */
export function ConceptCard({
  id,
  term,
  aliases,
  definition,
  glossaryId,
  ctx,
}: {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
  glossaryId: string | null;
  ctx: ProseContext;
}) {
  return (
    <div className="concept-card" id={id}>
      <dl>
        <dt>
          <span className="concept-term">{term}</span>
          {aliases.length > 0 ? <span className="concept-aliases">（{aliases.join("、")}）</span> : null}
        </dt>
        <dd>
          <Markdown markdown={definition} ctx={ctx} />
          {glossaryId ? (
            <p className="concept-more">
              <Link href={`/glossary/${glossaryId}/`}>术语表：{term} →</Link>
            </p>
          ) : null}
        </dd>
      </dl>
    </div>
  );
}
