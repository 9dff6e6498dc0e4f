"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { filterGlossary, type IndexRow, prepareIndex } from "@/lib/glossary/filter";
import { glossaryIndexPath, glossaryPath } from "@/lib/routes";

const HAN = /\p{Script=Han}/u;
const MAX_RESULTS = 50;

function statusText(found: number, shown: number): string {
  if (found === 0) return "没有找到匹配的术语";
  return found > shown ? `找到 ${found} 个术语，显示前 ${shown} 个` : `找到 ${found} 个术语`;
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
 */
export function GlossarySearchClient({ rows, children }: { rows: readonly IndexRow[]; children: ReactNode }) {
  const router = useRouter();
  const index = useMemo(() => prepareIndex(rows), [rows]);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  const inputRef = useRef<HTMLInputElement>(null);

  // A query from the URL, or whatever was typed before the page became interactive.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q") || inputRef.current?.value || "";
    if (initial) {
      setQuery(initial);
      writeQueryToUrl(initial.trim());
    }
  }, []);

  const matches = useMemo(() => filterGlossary(index, query), [index, query]);
  const results = matches.slice(0, MAX_RESULTS);
  const searching = query.trim().length > 0;
  const activeId = results[active] ? `glossary-option-${results[active].row.id}` : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const onChange = (value: string) => {
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
      router.push(glossaryPath(results[active].row.id));
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
          onKeyDown={onKeyDown}
          placeholder="如：微调、GAN、weitiao、wt"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-expanded={searching && results.length > 0}
          aria-controls="glossary-results"
          aria-activedescendant={searching ? activeId : undefined}
          aria-autocomplete="list"
        />
        <p className="glossary-search-status" role="status" aria-live="polite">
          {searching ? statusText(matches.length, results.length) : ""}
        </p>
      </form>
      <div id="glossary-results" role="listbox" aria-label="搜索结果" className="glossary-results" hidden={!searching}>
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
              onClick={() => router.push(glossaryPath(match.row.id))}
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
      <div hidden={searching}>{children}</div>
    </>
  );
}
