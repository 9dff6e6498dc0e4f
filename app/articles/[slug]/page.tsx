import "katex/dist/katex.min.css";
import "./math.css";
import { articleCard } from "@/lib/share/cardSpec";
import { cardMetadata } from "@/lib/share/ogImage";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { ArticlePager } from "@/components/article/ArticlePager";
import { ArticleSection } from "@/components/article/ArticleSection";
import { CopyTexClient } from "@/components/article/CopyTexClient";
import { PrintExpandClient } from "@/components/article/PrintExpandClient";
import { QuoteShareClient } from "@/components/article/QuoteShareClient";
import { ReadingProgressClient } from "@/components/article/ReadingProgressClient";
import { ResumeReadingClient } from "@/components/article/ResumeReadingClient";
import { Toc } from "@/components/article/Toc";
import { TocClient } from "@/components/article/TocClient";
import type { RenderContext } from "@/components/article/renderContext";
import { GlossaryPreviews } from "@/components/glossary/GlossaryPreviews";
import { LazyLayoutScript } from "@/components/layout/LazyLayoutScript";
import { compiledCorpus } from "@/lib/content/artifact";
import { articleBlurb } from "@/lib/render/articleFacts";
import { articleJsonLd } from "@/lib/render/jsonLd";
import { sectionTree } from "@/lib/render/sectionTree";
import { articlePath } from "@/lib/routes";

export const dynamicParams = false;

type Params = { slug: string };

export async function generateStaticParams(): Promise<Params[]> {
  return compiledCorpus().articles.map((a) => ({ slug: a.slug }));
}

function findArticle(slug: string) {
  const corpus = compiledCorpus();
  const index = corpus.articles.findIndex((a) => a.slug === slug);
  if (index < 0) notFound();
  return { corpus, index, article: corpus.articles[index] };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { article } = findArticle((await params).slug);
  const description = articleBlurb(article, 160);
  const card = cardMetadata(articleCard(article));
  return {
    title: article.title,
    description,
    keywords: article.keywords,
    authors: article.author ? [{ name: article.author }] : undefined,
    alternates: { canonical: articlePath(article.slug) },
    openGraph: { type: "article", title: article.title, description, url: articlePath(article.slug), images: card.images },
    twitter: { ...card.twitter, title: article.title, description },
  };
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { corpus, index, article } = findArticle((await params).slug);
  const tree = sectionTree(article.sections);
  const ctx: RenderContext = { articleSlug: article.slug };
  const prev = corpus.articles[index - 1] ?? null;
  const next = corpus.articles[index + 1] ?? null;
  return (
    <>
      <LazyLayoutScript />
      <ReadingProgressClient />
      <TocClient slug={article.slug} />
      <PrintExpandClient />
      {article.formulas.length > 0 ? <CopyTexClient /> : null}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: articleJsonLd(article) }} />
      <div className="article-layout">
        {/* One table of contents: the sticky column on wide screens, a bottom sheet (a popover,
            so Escape and a tap outside close it) on narrow ones. */}
        <nav id="toc" popover="auto" aria-label="目录" className="toc">
          <p className="toc-title">目录</p>
          <Toc tree={tree} />
          <button type="button" className="toc-toggle toc-close" popoverTarget="toc" popoverTargetAction="hide" aria-label="关闭目录">
            目录
          </button>
        </nav>
        <article className="article" aria-labelledby="article-title">
          <ArticleHeader article={article} />
          {tree.map((node) => (
            <ArticleSection key={node.section.id} node={node} ctx={ctx} />
          ))}
          <ArticlePager prev={prev} next={next} />
        </article>
        <GlossaryPreviews terms={article.linkedTerms} />
        <QuoteShareClient slug={article.slug} />
        <ResumeReadingClient slug={article.slug} />
      </div>
      <button type="button" className="toc-toggle" popoverTarget="toc">
        目录
      </button>
      <a href="#top" className="back-to-top" aria-label="回到顶部">
        ↑
      </a>
    </>
  );
}
