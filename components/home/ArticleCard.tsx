import "@/components/notes/notes.css";
import { KeywordList } from "@/components/article/KeywordList";
import Link from "@/components/layout/PageLink";
import type { Article } from "@/lib/content/schema";
import { articleBlurb, articleCounts } from "@/lib/render/articleFacts";
import { articleNotesListPath, articlePath } from "@/lib/routes";

/** `corrections`: how many editor's corrections the article has (shown when there are any). */
export function ArticleCard({ article, corrections = 0 }: { article: Article; corrections?: number }) {
  return (
    <li className="article-card">
      <h2>
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </h2>
      <KeywordList keywords={article.keywords} />
      <p className="card-blurb">{articleBlurb(article, 140)}</p>
      <p className="card-meta">
        <span>约 {article.readingMinutes} 分钟</span>
        {articleCounts(article).map((c) => (
          <span key={c.label}>
            {c.count} {c.label}
          </span>
        ))}
        {corrections > 0 ? (
          <a className="card-corrections" href={articleNotesListPath(article.slug)}>
            {corrections} 处勘误
          </a>
        ) : null}
      </p>
    </li>
  );
}
