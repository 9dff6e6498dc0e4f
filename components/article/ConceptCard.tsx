import Link from "@/components/layout/PageLink";
import type { ConceptBlock } from "@/lib/content/schema";
import { glossaryPath } from "@/lib/routes";
import { Markdown } from "./Markdown";
import type { RenderContext } from "./renderContext";

/** A core concept as a definition card; links to the glossary entry the compile found for it. */
export function ConceptCard({ block, ctx }: { block: ConceptBlock; ctx: RenderContext }) {
  const { id, term, aliases, definition, glossaryId } = block;
  return (
    <div className="concept-card" id={id}>
      <dl>
        <dt>
          <span className="concept-term">{term}</span>
          {aliases.length > 0 ? <span className="concept-aliases">（{aliases.join("、")}）</span> : null}
        </dt>
        <dd>
          <Markdown markdown={definition} render={block.render} ctx={ctx} />
          {glossaryId ? (
            <p className="concept-more">
              <Link href={glossaryPath(glossaryId)}>
                术语表：{term} →
              </Link>
            </p>
          ) : null}
        </dd>
      </dl>
    </div>
  );
}
