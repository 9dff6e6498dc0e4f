import Link from "@/components/layout/PageLink";
import type { SearchOutcome } from "@/lib/search/engine";
import { landingUrl } from "@/lib/search/landing";
import { Highlighted } from "./Highlighted";
import { kindLabel } from "./kindLabel";
import styles from "./search.module.css";
import { articlePath, glossaryIndexPath } from "@/lib/routes";

/** Results of the search page, grouped by article, each a real link to the exact section. */
export function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  return (
    <div className={styles.pageResults}>
      {!outcome.complete && <p className={styles.partial}>没有同时包含全部词语的内容，以下结果只包含其中一部分。</p>}
      {outcome.groups.map((group) => {
        const headingId = `search-group-${group.key}`;
        return (
          <section key={group.key} aria-labelledby={headingId} className={styles.pageGroup}>
            <h2 id={headingId} className={styles.pageGroupTitle}>
              {group.slug ? <Link href={articlePath(group.slug)}>{group.title}</Link> : <Link href={glossaryIndexPath}>{group.title}</Link>}
            </h2>
            <ol className={styles.pageHits}>
              {group.hits.map((hit) => {
                const badge = kindLabel(hit.kind);
                return (
                  <li key={hit.id} className={styles.pageHit}>
                    <Link href={landingUrl(hit.url, hit.phrases)} className={styles.hitLink}>
                      {badge && <span className={styles.badge}>{badge}</span>}
                      <span className={styles.hitLabel}>
                        <Highlighted pieces={hit.label} />
                      </span>
                    </Link>
                    {hit.snippet.length > 0 && (
                      <p className={styles.snippet}>
                        <Highlighted pieces={hit.snippet} />
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
