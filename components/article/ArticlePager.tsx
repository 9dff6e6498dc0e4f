import Link from "@/components/layout/PageLink";
import type { Article } from "@/lib/content/schema";
import { articlePath } from "@/lib/routes";

/** Previous / next article in reading order. */
export function ArticlePager({ prev, next }: { prev: Article | null; next: Article | null }) {
  return (
    <nav className="article-pager" aria-label="上一篇 / 下一篇">
      {prev ? (
        <Link href={articlePath(prev.slug)} rel="prev" className="pager-prev">
          <span className="pager-label">上一篇</span>
          <span className="pager-title">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={articlePath(next.slug)} rel="next" className="pager-next">
          <span className="pager-label">下一篇</span>
          <span className="pager-title">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
