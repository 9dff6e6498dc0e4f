"use client";

import Link from "@/components/layout/PageLink";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import type { SearchHit } from "@/lib/search/engine";
import { landingUrl } from "@/lib/search/landing";
import { Highlighted } from "./Highlighted";
import { kindLabel } from "./kindLabel";
import { NoResults } from "./NoResults";
import styles from "./search.module.css";
import { searchStatus, shownOutcome, useSearch } from "./useSearch";

/**
 * The search dialog: a modal <dialog> (the page behind is inert), a combobox input and a listbox of
 * results grouped by article. Arrow keys move through the results, Enter opens one, Esc closes,
 * Tab stays inside. Loaded only when the reader first opens it.
 */
export default function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const state = useSearch(query);
  const outcome = shownOutcome(state);
  const ids = useId();
  const listId = `${ids}-results`;
  const hits = useMemo<SearchHit[]>(() => outcome?.groups.flatMap((g) => g.hits) ?? [], [outcome]);
  const optionId = (i: number) => `${ids}-hit-${i}`;
  const current = Math.min(active, Math.max(0, hits.length - 1));

  function search(q: string) {
    // A new query's results start at the top.
    setActive(0);
    setQuery(q);
  }

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
      returnFocus.current?.focus();
    }
  }, [open]);

  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: "nearest" });
  });

  function go(hit: SearchHit | undefined) {
    if (!hit) return;
    returnFocus.current = null;
    onClose();
    window.location.assign(landingUrl(hit.url, hit.phrases));
  }

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      event.preventDefault();
      go(hits[current]);
    }
  }

  /** Esc closes from anywhere inside; Tab and Shift+Tab cycle through the dialog's own controls. */
  function onDialogKey(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === "Escape") {
      // Handled here rather than left to the native cancel event, which Chrome may skip or close
      // the dialog behind React's back when Esc is pressed repeatedly.
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== "Tab" || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>("input, button, a[href]")].filter((el) => !el.hasAttribute("disabled"));
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const status = searchStatus(state);

  const noResults = state.status === "ready" && state.outcome.total === 0;
  let position = -1;
  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-label="搜索"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // The browser closed it on its own (e.g. a close request): keep React's state in step.
        if (open) onClose();
      }}
      onKeyDown={onDialogKey}
      onClick={(event) => {
        if (event.target === dialogRef.current) onClose();
      }}
    >
      <div className={styles.panel}>
        <div className={styles.bar}>
          <svg className={styles.barIcon} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M15.5 15.5L21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            ref={inputRef}
            className={styles.input}
            type="search"
            role="combobox"
            aria-label="搜索文章、问答与术语"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
            placeholder="搜索文章、问答与术语…"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={200}
            value={query}
            onChange={(event) => search(event.target.value)}
            onKeyDown={onInputKey}
          />
          <button type="button" className={styles.close} onClick={onClose} aria-label="关闭搜索">
            <span className={styles.closeWide}>Esc</span>
            <span className={styles.closeNarrow}>取消</span>
          </button>
        </div>
        <div className={styles.body}>
          <p className={noResults ? "visually-hidden" : styles.status} role="status" aria-live="polite">
            {status}
          </p>
          {outcome && outcome.total > 0 && !outcome.complete && <p className={styles.partial}>没有同时包含全部词语的内容，以下结果只包含其中一部分。</p>}
          <div role="listbox" id={listId} aria-label="搜索结果" className={styles.list}>
            {outcome?.groups.map((group) => {
              const labelId = `${ids}-${group.key}`;
              return (
                // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group", not fieldsets.
                <div role="group" aria-labelledby={labelId} key={group.key} className={styles.group}>
                  <div id={labelId} role="presentation" className={styles.groupTitle}>
                    {group.title}
                  </div>
                  {group.hits.map((hit) => {
                    position++;
                    const i = position;
                    const badge = kindLabel(hit.kind);
                    return (
                      // biome-ignore lint/a11y/useKeyWithClickEvents: options are chosen with arrow keys and Enter in the input.
                      <div
                        key={hit.id}
                        id={optionId(i)}
                        role="option"
                        tabIndex={-1}
                        aria-selected={i === current}
                        className={styles.option}
                        onMouseMove={() => i !== current && setActive(i)}
                        onClick={() => go(hit)}
                      >
                        <span className={styles.optionHead}>
                          {badge && <span className={styles.badge}>{badge}</span>}
                          <span className={styles.hitLabel}>
                            <Highlighted pieces={hit.label} />
                          </span>
                        </span>
                        {hit.snippet.length > 0 && (
                          <span className={styles.optionSnippet}>
                            <Highlighted pieces={hit.snippet} />
                          </span>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
          {noResults && <NoResults query={query.trim()} suggestions={state.suggestions} onSearch={search} />}
        </div>
        <div className={styles.footer}>
          <span className={styles.keys} aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> 选择 <kbd>Enter</kbd> 打开 <kbd>Esc</kbd> 关闭
          </span>
          {query.trim() !== "" && (
            <Link href={`/search/?q=${encodeURIComponent(query.trim())}`} className={styles.allLink} onClick={onClose}>
              在搜索页查看全部结果
            </Link>
          )}
        </div>
      </div>
    </dialog>
  );
}
