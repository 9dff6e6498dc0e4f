import type { Article } from "@/lib/content/schema";
import { formatDay, isoDay } from "@/lib/render/dates";

/**
 * 收录于 (the day the article joined the collection) or 发表于 (where the source states its own
 * date), then 更新于: the last change to its text or its notes.
 */
export function ArticleDates({ article }: { article: Pick<Article, "published" | "updated" | "publishedStated"> }) {
  const { published, updated } = article;
  if (!published || !updated) return null;
  return (
    <p className="article-meta article-dates">
      <span>
        {article.publishedStated ? "发表于" : "收录于"} <time dateTime={isoDay(published)}>{formatDay(published)}</time>
      </span>
      <span>
        更新于 <time dateTime={isoDay(updated)}>{formatDay(updated)}</time>
      </span>
    </p>
  );
}
