import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleSection } from "@/components/article/ArticleSection";
import { getCorpus } from "@/lib/content";
import { sectionExcerpt } from "@/lib/render/articleFacts";
import { sectionLabel, sectionTree, subtree } from "@/lib/render/sectionTree";
import { absoluteUrl, articlePath, sharePath } from "@/lib/site";

/**
 * The share page of one section: its own title and preview tags for link unfurlers, then an
 * immediate redirect (meta refresh, no JavaScript needed) to the section inside the article.
 */

export const dynamicParams = false;

type Params = { slug: string; sectionId: string };

export async function generateStaticParams(): Promise<Params[]> {
  const corpus = await getCorpus();
  return corpus.articles.flatMap((a) => a.sections.map((s) => ({ slug: a.slug, sectionId: s.id })));
}

async function findSection({ slug, sectionId }: Params) {
  const corpus = await getCorpus();
  const article = corpus.articles.find((a) => a.slug === slug);
  const section = article?.sections.find((s) => s.id === sectionId);
  if (!article || !section) notFound();
  return { corpus, article, section };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { article, section } = await findSection(await params);
  const title = `${sectionLabel(section)} · ${article.title}`;
  const description = sectionExcerpt(article.sections, section);
  return {
    title: { absolute: title },
    description,
    openGraph: { type: "article", title, description, url: absoluteUrl(sharePath(article.slug, section.id)) },
    twitter: { card: "summary", title, description },
  };
}

export default async function SharePage({ params }: { params: Promise<Params> }) {
  const { corpus, article, section } = await findSection(await params);
  const target = `${articlePath(article.slug)}#${section.id}`;
  const [node] = sectionTree(subtree(article.sections, section.id));
  return (
    <>
      {/* Rendered here rather than via metadata: with trailingSlash, Next would append "/" after the fragment. React hoists both into <head>. */}
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <link rel="canonical" href={absoluteUrl(target)} />
      <div className="share-page">
        <p className="share-context">
          摘自《<Link href={articlePath(article.slug)}>{article.title}</Link>》 ·{" "}
          <Link href={target}>在全文中阅读本节 →</Link>
        </p>
        <article className="article" aria-label={sectionLabel(section)}>
          {node ? <ArticleSection node={node} article={article} glossary={corpus.glossary} /> : null}
        </article>
      </div>
    </>
  );
}
