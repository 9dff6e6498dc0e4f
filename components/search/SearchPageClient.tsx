"use client";

import { useSearchParams } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { NoResults } from "./NoResults";
import { SearchResults } from "./SearchResults";
import styles from "./search.module.css";
import { searchStatus, shownOutcome, useSearch } from "./useSearch";
import { searchPagePath, searchPath } from "@/lib/routes";

/** The /search/?q=… page: results for the query in the URL on load, updated as the reader types. */
export function SearchPageClient() {
  const params = useSearchParams();
  const urlQuery = params.get("q") ?? "";
  const [query, setQuery] = useState(urlQuery);
  const state = useSearch(query);
  const outcome = shownOutcome(state);

  // Back/forward or a suggested search changes the URL: follow it (but not our own echo of the
  // field, which would eat the spaces being typed).
  useEffect(() => setQuery((current) => (current.trim() === urlQuery ? current : urlQuery)), [urlQuery]);

  // Keep the URL shareable without adding a history entry per keystroke.
  useEffect(() => {
    const target = searchPath(query);
    if (`${window.location.pathname}${window.location.search}` !== target) window.history.replaceState(null, "", target);
  }, [query]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
  }

  const status = searchStatus(state);

  const noResults = state.status === "ready" && state.outcome.total === 0;
  return (
    <div className={styles.page}>
      <h1 className={styles.pageTitle}>搜索</h1>
      <search>
        <form className={styles.form} onSubmit={onSubmit} action={searchPagePath}>
        <label htmlFor="search-page-input" className="visually-hidden">
          搜索文章、问答与术语
        </label>
        <input
          id="search-page-input"
          className={styles.pageInput}
          type="search"
          name="q"
          placeholder="搜索文章、问答与术语…"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className={styles.submit}>
          搜索
        </button>
        </form>
      </search>
      <p className={noResults ? "visually-hidden" : styles.pageStatus} role="status" aria-live="polite">
        {status}
      </p>
      {outcome && outcome.total > 0 && <SearchResults outcome={outcome} />}
      {noResults && <NoResults query={query.trim()} suggestions={state.suggestions} />}
    </div>
  );
}

/** What the static HTML shows before the script reads ?q= (and all it shows without JavaScript). */
export function SearchPageFallback() {
  return (
    <div className={styles.page}>
      <h1 className={styles.pageTitle}>搜索</h1>
      <noscript>
        <p className={styles.pageStatus}>搜索需要启用 JavaScript。</p>
      </noscript>
    </div>
  );
}
