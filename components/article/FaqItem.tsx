import type { FaqBlock } from "@/lib/content/schema";
import { sharePath } from "@/lib/routes";
import { Markdown } from "./Markdown";
import type { RenderContext } from "./renderContext";
import { ShareLinkClient } from "./ShareLinkClient";

/**
 * One question as a disclosure with its own anchor. The share link sits beside <summary>, not in
 * it: interactive content inside a summary is invalid and unreachable for some screen readers.
 */
export function FaqItem({ block, ctx }: { block: FaqBlock; ctx: RenderContext }) {
  return (
    <div className="faq">
      <details id={block.id}>
        <summary>
          <span className="faq-q" aria-hidden="true">
            问
          </span>
          <span className="faq-question">{block.question}</span>
        </summary>
        <div className="faq-answer">
          {block.answer.trim() ? <Markdown markdown={block.answer} render={block.render} ctx={ctx} /> : <p className="muted">原文未给出回答。</p>}
        </div>
      </details>
      <ShareLinkClient href={sharePath(ctx.articleSlug, block.id)} title={block.question} />
    </div>
  );
}
