"use client";

import { useEffect, useState } from "react";
import { browserSearchIndex } from "@/lib/search/client";
import { browserGlossaryRows } from "@/lib/search/remote";
import type { SearchOutcome } from "@/lib/search/engine";
import { candidateSearches, relatedSearches, type Suggestions, suggestTerms } from "@/lib/search/suggest";

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; previous: SearchOutcome | null }
  | { status: "ready"; outcome: SearchOutcome; suggestions: Suggestions | null }
  | { status: "error"; message: string };

/** Runs the query against the static index (fetched on first use) after a short pause in typing. */
export function useSearch(query: string, delayMs = 80): SearchState {
  const [state, setState] = useState<SearchState>({ status: "idle" });

  useEffect(() => {
    if (query.trim() === "") {
      setState({ status: "idle" });
      return;
    }
    let current = true;
    setState((s) => ({ status: "loading", previous: s.status === "ready" ? s.outcome : s.status === "loading" ? s.previous : null }));
    const timer = setTimeout(async () => {
      try {
        const index = browserSearchIndex();
        const outcome = await index.search(query);
        let suggestions: Suggestions | null = null;
        if (outcome.total === 0) {
          const terms = suggestTerms(query, await browserGlossaryRows());
          suggestions = { terms, searches: await relatedSearches(candidateSearches(query, terms), (q) => index.count(q)) };
        }
        if (current) setState({ status: "ready", outcome, suggestions });
      } catch (error) {
        console.error(error);
        if (current) setState({ status: "error", message: "搜索索引加载失败，请检查网络后重试。" });
      }
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, delayMs]);

  return state;
}

/** The outcome to show now: the finished one, or the previous one while the next is on its way. */
export function shownOutcome(state: SearchState): SearchOutcome | null {
  if (state.status === "ready") return state.outcome;
  if (state.status === "loading") return state.previous;
  return null;
}

/** The one-line status shown above results, in the dialog and on the search page alike. */
export function searchStatus(state: SearchState): string {
  if (state.status === "idle") return "输入关键词，搜索五篇文章的章节、问答与术语。";
  if (state.status === "error") return state.message;
  if (state.status === "loading") return "正在搜索…";
  const { total, groups } = state.outcome;
  if (total === 0) return "没有找到结果。";
  const shown = groups.reduce((n, g) => n + g.hits.length, 0);
  return `找到 ${total} 条结果${total > shown ? `，显示前 ${shown} 条` : ""}。`;
}
