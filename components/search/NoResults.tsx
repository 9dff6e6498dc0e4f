import Link from "@/components/layout/PageLink";
import type { Suggestions } from "@/lib/search/suggest";
import styles from "./search.module.css";
import { glossaryPath } from "@/lib/routes";

/**
 * Shown when nothing matches: glossary terms near the query and shorter searches that do find
 * something. `onSearch` (the dialog) runs a suggested search in place; without it they are links.
 */
export function NoResults({ query, suggestions, onSearch }: { query: string; suggestions: Suggestions | null; onSearch?: (q: string) => void }) {
  const terms = suggestions?.terms ?? [];
  const searches = suggestions?.searches ?? [];
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>
        没有找到与“<span className={styles.emptyQuery}>{query}</span>”相关的内容。
      </p>
      {searches.length > 0 && (
        <div className={styles.suggest}>
          <h3 className={styles.suggestTitle}>试试这些搜索</h3>
          <ul className={styles.chips}>
            {searches.map((q) => (
              <li key={q}>
                {onSearch ? (
                  <button type="button" className={styles.chip} onClick={() => onSearch(q)}>
                    {q}
                  </button>
                ) : (
                  <Link className={styles.chip} href={`/search/?q=${encodeURIComponent(q)}`}>
                    {q}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {terms.length > 0 && (
        <div className={styles.suggest}>
          <h3 className={styles.suggestTitle}>相关术语</h3>
          <ul className={styles.terms}>
            {terms.map((t) => (
              <li key={t.id}>
                <Link href={glossaryPath(t.id)} className={styles.termLink}>
                  {t.term}
                </Link>
                {t.summary && <span className={styles.termSummary}>{t.summary}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
