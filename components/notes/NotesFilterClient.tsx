"use client";

import { useEffect, useState } from "react";

type Kind = "all" | "correction" | "context";

/** Shows only the notes of one article and/or one kind; the choice lives in the URL (?article=&kind=) so it can be shared. */
export function NotesFilterClient({ articles }: { articles: readonly { slug: string; title: string }[] }) {
  const [article, setArticle] = useState("all");
  const [kind, setKind] = useState<Kind>("all");

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const a = params.get("article");
    const k = params.get("kind");
    if (a && articles.some((x) => x.slug === a)) setArticle(a);
    if (k === "correction" || k === "context") setKind(k);
  }, [articles]);

  useEffect(() => {
    let shown = 0;
    for (const section of document.querySelectorAll<HTMLElement>("section.notes-article[data-article]")) {
      const inArticle = article === "all" || section.dataset.article === article;
      let visible = 0;
      for (const item of section.querySelectorAll<HTMLElement>("li.note-item[data-kind]")) {
        const show = inArticle && (kind === "all" || item.dataset.kind === kind);
        item.hidden = !show;
        if (show) visible += 1;
      }
      section.hidden = visible === 0;
      shown += visible;
    }
    const status = document.getElementById("notes-filter-status");
    if (status) status.textContent = article === "all" && kind === "all" ? "" : `显示 ${shown} 条`;
    const url = new URL(window.location.href);
    for (const [name, value] of [["article", article], ["kind", kind]] as const) {
      if (value === "all") url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    window.history.replaceState(window.history.state, "", url);
  }, [article, kind]);

  return (
    <form className="notes-filter" aria-label="筛选注记" onSubmit={(event) => event.preventDefault()}>
      <label>
        文章
        <select value={article} onChange={(event) => setArticle(event.target.value)}>
          <option value="all">全部文章</option>
          {articles.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        类型
        <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          <option value="all">全部</option>
          <option value="correction">勘误</option>
          <option value="context">背景</option>
        </select>
      </label>
      <output id="notes-filter-status" aria-live="polite" />
    </form>
  );
}
