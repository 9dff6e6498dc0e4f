import { glossaryIndexPath, glossaryPath } from "@/lib/routes";
import { termCard } from "@/lib/share/cardSpec";
import { cardMetadata } from "@/lib/share/ogImage";
import type { Metadata } from "next";
import Link from "@/components/layout/PageLink";
import { notFound } from "next/navigation";
import { Backlinks } from "@/components/glossary/Backlinks";
import { TermDefinitions } from "@/components/glossary/TermDefinitions";
import { compiledCorpus } from "@/lib/content/artifact";
import { backlinksOf, pageBacklinks } from "@/lib/glossary/backlinks";
import { displayAliases, neighbours, sortGlossary } from "@/lib/glossary/entries";
import { mainDefinition, shortDefinition } from "@/lib/glossary/names";
import "@/components/glossary/glossary.css";

export const dynamicParams = false;

type Params = { id: string };

export function generateStaticParams(): Params[] {
  return compiledCorpus().glossary.map((t) => ({ id: t.id }));
}

function findTerm(id: string) {
  const corpus = compiledCorpus();
  const term = corpus.glossary.find((t) => t.id === id);
  if (!term) notFound();
  return { corpus, term };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { term } = findTerm((await params).id);
  const title = `${term.term} · 术语表`;
  const description = shortDefinition(mainDefinition(term), 150);
  const path = glossaryPath(term.id);
  const card = cardMetadata(termCard(term));
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: "article", title, description, url: path, images: card.images },
    twitter: { ...card.twitter, title, description },
  };
}

export default async function GlossaryTermPage({ params }: { params: Promise<Params> }) {
  const { corpus, term } = findTerm((await params).id);
  const sorted = sortGlossary(corpus.glossary);
  const { prev, next } = neighbours(sorted, term.id);
  const { english, chinese } = displayAliases(term);
  const byId = new Map(corpus.glossary.map((t) => [t.id, t]));
  const related = term.related.map((id) => byId.get(id)).filter((t) => t !== undefined);
  const backlinks = pageBacklinks(backlinksOf(term, corpus.articles));
  const titles = new Map(corpus.articles.map((a) => [a.slug, a.title]));
  const sections = new Map(corpus.articles.flatMap((a) => a.sections.map((s) => [`${a.slug}#${s.id}`, s] as const)));

  return (
    <article className="glossary-entry" aria-labelledby="term-title">
      <nav className="glossary-crumbs" aria-label="位置">
        <Link href={glossaryIndexPath}>
          术语表
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{term.term}</span>
      </nav>
      <header className="glossary-entry-header">
        <h1 id="term-title">{term.term}</h1>
        {english.length > 0 ? (
          <p className="glossary-entry-english" lang="en">
            {english.join(" · ")}
          </p>
        ) : null}
        <dl className="glossary-entry-facts">
          {term.pinyin ? (
            <>
              <dt>拼音</dt>
              <dd lang="zh-Latn-pinyin">{term.pinyinMarked}</dd>
            </>
          ) : null}
          {chinese.length > 0 ? (
            <>
              <dt>又称</dt>
              <dd>{chinese.join("、")}</dd>
            </>
          ) : null}
        </dl>
      </header>

      <TermDefinitions definitions={term.definitions} titles={titles} sections={sections} notes={corpus.notes} />

      <section aria-labelledby="backlinks-title" className="glossary-entry-section">
        <h2 id="backlinks-title">出现在文章中</h2>
        <Backlinks term={term.term} backlinks={backlinks} />
      </section>

      {related.length > 0 ? (
        <section aria-labelledby="related-title" className="glossary-entry-section">
          <h2 id="related-title">相关术语</h2>
          <ul className="glossary-related">
            {related.map((t) => (
              <li key={t.id}>
                <Link href={glossaryPath(t.id)}>{t.term}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav className="glossary-pager" aria-label="上一个和下一个术语">
        {prev ? (
          <Link href={glossaryPath(prev.id)} rel="prev" className="glossary-pager-prev">
            <span className="muted">上一个</span> {prev.term}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={glossaryPath(next.id)} rel="next" className="glossary-pager-next">
            <span className="muted">下一个</span> {next.term}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
