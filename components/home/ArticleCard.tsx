import Link from "next/link";
import type { Article } from "@/lib/content/schema";
import { articleBlurb, articleCounts } from "@/lib/render/articleFacts";
import { articlePath } from "@/lib/site";

export function ArticleCard({ article }: { article: Article }) {
  return (
    <li className="article-card">
      <h2>
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </h2>
      {article.keywords.length > 0 ? (
        <ul className="keywords" aria-label="关键词">
          {article.keywords.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      ) : null}
      <p className="card-blurb">{articleBlurb(article, 140)}</p>
      <p className="card-meta">
        <span>约 {article.readingMinutes} 分钟</span>
        {articleCounts(article).map((c) => (
          <span key={c.label}>
            {c.count} {c.label}
          </span>
        ))}
      </p>
    </li>
  );
}
