import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { ArticlePager } from "@/components/article/ArticlePager";
import { ArticleSection } from "@/components/article/ArticleSection";
import { PrintExpandClient } from "@/components/article/PrintExpandClient";
import { ReadingProgressClient } from "@/components/article/ReadingProgressClient";
import { Toc } from "@/components/article/Toc";
import { TocClient } from "@/components/article/TocClient";
import { getCorpus } from "@/lib/content";
import { articleBlurb } from "@/lib/render/articleFacts";
import { articleJsonLd } from "@/lib/render/jsonLd";
import { sectionTree } from "@/lib/render/sectionTree";
import { articlePath } from "@/lib/site";

export const dynamicParams = false;

type Params = { slug: string };

export async function generateStaticParams(): Promise<Params[]> {
  const corpus = await getCorpus();
  return corpus.articles.map((a) => ({ slug: a.slug }));
}

async function findArticle(slug: string) {
  const corpus = await getCorpus();
  const index = corpus.articles.findIndex((a) => a.slug === slug);
  if (index < 0) notFound();
  return { corpus, index, article: corpus.articles[index] };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { article } = await findArticle((await params).slug);
  const description = articleBlurb(article, 160);
  return {
    title: article.title,
    description,
    keywords: article.keywords,
    authors: article.author ? [{ name: article.author }] : undefined,
    alternates: { canonical: articlePath(article.slug) },
    openGraph: { type: "article", title: article.title, description, url: articlePath(article.slug) },
    twitter: { card: "summary", title: article.title, description },
  };
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { corpus, index, article } = await findArticle((await params).slug);
  const tree = sectionTree(article.sections);
  const prev = corpus.articles[index - 1] ?? null;
  const next = corpus.articles[index + 1] ?? null;
  return (
    <>
      <ReadingProgressClient />
      <TocClient />
      <PrintExpandClient />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: articleJsonLd(article) }} />
      <div className="article-layout">
        <aside className="toc-aside">
          <nav aria-label="目录" className="toc">
            <p className="toc-title">目录</p>
            <Toc tree={tree} />
          </nav>
        </aside>
        <article className="article" aria-labelledby="article-title">
          <ArticleHeader article={article} />
          {tree.map((node) => (
            <ArticleSection key={node.section.id} node={node} article={article} glossary={corpus.glossary} />
          ))}
          <ArticlePager prev={prev} next={next} />
        </article>
      </div>
      <details className="toc-drawer">
        <summary>目录</summary>
        <nav aria-label="目录（抽屉）" className="toc">
          <Toc tree={tree} />
        </nav>
      </details>
      <a href="#top" className="back-to-top" aria-label="回到顶部">
        ↑
      </a>
    </>
  );
}
