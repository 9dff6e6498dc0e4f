"use client";

import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { filterGlossary, type IndexRow, prepareIndex } from "@/lib/glossary/filter";
import { glossaryIndexPath, glossaryPath } from "@/lib/routes";
import { browserGlossaryRows } from "@/lib/search/remote";

const HAN = /\p{Script=Han}/u;
const MAX_RESULTS = 50;

type Rows = { status: "idle" | "loading" | "failed" } | { status: "ready"; rows: readonly IndexRow[] };

function statusText(found: number, shown: number): string {
  if (found === 0) return "没有找到匹配的术语";
  return found > shown ? `找到 ${found} 个术语，显示前 ${shown} 个` : `找到 ${found} 个术语`;
}

function searchStatus(rows: Rows["status"], found: number, shown: number): string {
  if (rows === "failed") return "术语索引加载失败，请检查网络后重试。";
  if (rows !== "ready") return "正在载入术语…";
  return statusText(found, shown);
}

/** Keeps the query in the address bar so a search can be shared, without adding history entries. */
function writeQueryToUrl(query: string): void {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
}

/**
 * The search box over the glossary index. The full grouped list (children) is server-rendered
 * and stays the page without JavaScript; while a query is typed it gives way to ranked results.
 * The rows it ranks are the search index's glossary file, fetched when the reader first focuses
 * or types in the box, so the page does not carry every term a second time for a filter most
 * visits never use.
 */
export function GlossarySearchClient({ children }: { children: ReactNode }) {
  const [rows, setRows] = useState<Rows>({ status: "idle" });
  const index = useMemo(() => (rows.status === "ready" ? prepareIndex(rows.rows) : null), [rows]);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  const inputRef = useRef<HTMLInputElement>(null);

  // Asked for once; after a failure the next focus or keystroke asks again.
  const requested = useRef(false);
  const loadRows = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    setRows({ status: "loading" });
    browserGlossaryRows().then(
      (loaded) => setRows({ status: "ready", rows: loaded }),
      (error: unknown) => {
        console.error(error);
        requested.current = false;
        setRows({ status: "failed" });
      },
    );
  }, []);

  // A query from the URL, or whatever was typed before the page became interactive.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q") || inputRef.current?.value || "";
    if (initial) {
      loadRows();
      setQuery(initial);
      writeQueryToUrl(initial.trim());
    }
  }, [loadRows]);

  const matches = useMemo(() => (index ? filterGlossary(index, query) : []), [index, query]);
  const results = matches.slice(0, MAX_RESULTS);
  const searching = query.trim().length > 0;
  const showingResults = searching && rows.status === "ready";
  const activeId = results[active] ? `glossary-option-${results[active].row.id}` : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const onChange = (value: string) => {
    loadRows();
    setQuery(value);
    setActive(0);
    writeQueryToUrl(value.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && results.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === "ArrowUp" && results.length > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (event.key === "Enter" && results[active]) {
      event.preventDefault();
      window.location.assign(glossaryPath(results[active].row.id));
    } else if (event.key === "Escape" && query) {
      event.preventDefault();
      onChange("");
    }
  };

  return (
    <>
      <form className="glossary-search" action={glossaryIndexPath} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="glossary-q">搜索术语</label>
        <input
          id="glossary-q"
          ref={inputRef}
          name="q"
          type="search"
          value={query}
          onChange={(e) => onChange(e.target.value)}
          onFocus={loadRows}
          onKeyDown={onKeyDown}
          placeholder="如：微调、GAN、weitiao、wt"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-expanded={showingResults && results.length > 0}
          aria-controls="glossary-results"
          aria-activedescendant={showingResults ? activeId : undefined}
          aria-autocomplete="list"
        />
        <p className="glossary-search-status" role="status" aria-live="polite">
          {searching ? searchStatus(rows.status, matches.length, results.length) : ""}
        </p>
      </form>
      <div id="glossary-results" role="listbox" aria-label="搜索结果" className="glossary-results" hidden={!showingResults}>
        {results.map((match, i) => {
          const english = match.row.aliases.filter((a) => !HAN.test(a) && a !== match.row.term);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the search input owns the keyboard (arrows + Enter).
            <div
              key={match.row.id}
              id={`glossary-option-${match.row.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className="glossary-result"
              onMouseEnter={() => setActive(i)}
              onClick={() => window.location.assign(glossaryPath(match.row.id))}
            >
              <span className="glossary-row-head">
                <span className="glossary-row-term">{match.row.term}</span>
                {english.length > 0 ? <span className="glossary-row-names">{english.join(" · ")}</span> : null}
                {match.field !== "term" && match.matched !== match.row.term ? (
                  <span className="glossary-result-via">匹配：{match.matched}</span>
                ) : null}
              </span>
              <span className="glossary-row-def">{match.row.summary}</span>
            </div>
          );
        })}
      </div>
      <div hidden={showingResults}>{children}</div>
    </>
  );
}
