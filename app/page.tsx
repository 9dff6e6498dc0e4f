import { ArticleCard } from "@/components/home/ArticleCard";
import { compiledCorpus } from "@/lib/content/artifact";
import { noteCounts } from "@/lib/notes/articleNotes";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

export default async function HomePage() {
  const corpus = compiledCorpus();
  return (
    <div className="home">
      <header className="home-header">
        <h1>{SITE_NAME}</h1>
        <p>{SITE_DESCRIPTION}</p>
      </header>
      <ol className="article-cards">
        {corpus.articles.map((article) => (
          <ArticleCard key={article.slug} article={article} corrections={noteCounts(corpus, article.slug).correction} />
        ))}
      </ol>
    </div>
  );
}
