import Link from "@/components/layout/PageLink";
import type { PageBacklinks } from "@/lib/glossary/backlinks";
import { articleAnchorPath, articlePath, searchPath } from "@/lib/routes";

/**
 * Where a term is used: per article, each section with the words around its first mention; past
 * the page's limits (lib/glossary/backlinks.ts), further articles by title, then a count and a
 * search for the rest.
 */
export function Backlinks({ term, backlinks }: { term: string; backlinks: PageBacklinks }) {
  const { detailed, brief, unlisted } = backlinks;
  if (detailed.length === 0) return <p className="muted">正文中没有直接出现这个术语。</p>;
  return (
    <div className="glossary-backlinks">
      {detailed.map((a) => (
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
      {brief.length > 0 ? (
        <section aria-labelledby="backlinks-more-title">
          <h3 id="backlinks-more-title" className="glossary-backlinks-article">
            另有 {brief.length + unlisted} 篇文章用到这个术语
          </h3>
          <ul className="glossary-backlinks-brief">
            {brief.map((a) => (
              <li key={a.slug}>
                <Link href={articlePath(a.slug)}>{a.title}</Link>
                <span className="muted">（{a.total} 处）</span>
              </li>
            ))}
          </ul>
          {unlisted > 0 ? (
            <p className="muted">
              还有 {unlisted} 篇未列出，可<Link href={searchPath(term)}>搜索「{term}」</Link>查看。
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
