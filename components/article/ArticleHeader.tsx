import type { Article } from "@/lib/content/schema";
import { articleCounts } from "@/lib/render/articleFacts";
import { ArticleDates } from "./ArticleDates";
import { KeywordList } from "./KeywordList";

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="article-header">
      <h1 id="article-title">{article.title}</h1>
      <p className="article-meta">
        {article.author ? <span className="article-author">{article.author}</span> : null}
        <span>约 {article.readingMinutes} 分钟读完</span>
        <span>{article.charCount.toLocaleString("zh-CN")} 字</span>
        {articleCounts(article)
          .filter((c) => c.count > 0)
          .map((c) => (
            <span key={c.label}>
              {c.count} {c.label}
            </span>
          ))}
      </p>
      <ArticleDates article={article} />
      <KeywordList keywords={article.keywords} />
      {article.summary ? <p className="article-summary">{article.summary}</p> : null}
    </header>
  );
}
