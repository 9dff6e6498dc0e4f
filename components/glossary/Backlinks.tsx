import Link from "@/components/layout/PageLink";
import type { ArticleBacklinks } from "@/lib/glossary/backlinks";
import { articleAnchorPath, articlePath } from "@/lib/routes";

/** Where a term is used, per article: each section with the words around its first mention. */
export function Backlinks({ articles }: { articles: readonly ArticleBacklinks[] }) {
  if (articles.length === 0) return <p className="muted">正文中没有直接出现这个术语。</p>;
  return (
    <div className="glossary-backlinks">
      {articles.map((a) => (
        <section key={a.slug} aria-label={a.title}>
          <h3 className="glossary-backlinks-article">
            <Link href={articlePath(a.slug)}>{a.title}</Link>
            <span className="muted">（{a.total} 处）</span>
          </h3>
          <ul>
            {a.links.map((l) => (
              <li key={l.sectionId}>
                <Link href={articleAnchorPath(a.slug, l.sectionId)} className="glossary-backlink" data-section={l.sectionId}>
                  {l.sectionLabel}
                </Link>
                {l.count > 1 ? <span className="muted">（{l.count} 处）</span> : null}
                {l.snippet ? (
                  <p className="glossary-snippet">
                    {l.snippet.before}
                    <mark>{l.snippet.match}</mark>
                    {l.snippet.after}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
