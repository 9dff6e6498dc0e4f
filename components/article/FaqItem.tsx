import type { ProseContext } from "@/lib/render/markdownPlugins";
import { Markdown } from "./Markdown";
import { ShareLinkClient } from "./ShareLinkClient";

/**
 * One question as a disclosure with its own anchor. The share link sits beside <summary>, not in
 * it: interactive content inside a summary is invalid and unreachable for some screen readers.
 */
export function FaqItem({
  id,
  question,
  answer,
  ctx,
  articlePath,
}: {
  id: string;
  question: string;
  answer: string;
  ctx: ProseContext;
  articlePath: string;
}) {
  return (
    <div className="faq">
      <details id={id}>
        <summary>
          <span className="faq-q" aria-hidden="true">
            问
          </span>
          <span className="faq-question">{question}</span>
        </summary>
        <div className="faq-answer">
          {answer.trim() ? <Markdown markdown={answer} ctx={ctx} /> : <p className="muted">原文未给出回答。</p>}
        </div>
      </details>
      <ShareLinkClient path={articlePath} id={id} title={question} />
    </div>
  );
}
