"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { highlightPhrases, phraseRanges, withoutHighlight } from "@/lib/search/landing";
import "./landing.css";

const MARK_CLASS = "search-hit";
/**
 * Text the search index does not hold: math, diagrams, buttons, editor's notes (their markers,
 * panels and print footnotes are our words, not the article's), and marks already placed.
 */
const SKIP = `script, style, svg, .katex, button, .visually-hidden, .heading-number, .note-ref, .note-footnotes, mark.${MARK_CLASS}`;

/**
 * Where a search result opens (`?hl=…`, see lib/search/landing.ts): marks the query's words in
 * the target section — the element the #fragment names, without its subsections, else the main
 * column — and scrolls the first into view. Marks only paint a background, so nothing moves;
 * 清除 or Esc takes them away and drops the highlight from the address.
 */
export function SearchLandingClient() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  // Client navigation (pushState) fires no hashchange; this counts the fragment changes that do.
  const [hashChanges, setHashChanges] = useState(0);
  const [found, setFound] = useState<{ phrases: string[]; count: number } | null>(null);
  const placed = useRef<HTMLElement[]>([]);

  useEffect(() => {
    const follow = () => setHashChanges((n) => n + 1);
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  /** Takes the marks away at once and drops ?hl= from the address, so a reload or a copied link is plain again. */
  const dismiss = useCallback(() => {
    unmark(placed.current);
    placed.current = [];
    setFound(null);
    const { pathname: path, search: query, hash } = window.location;
    // null state: Next.js then keeps its router in step with the new address.
    window.history.replaceState(null, "", `${path}${withoutHighlight(query)}${hash}`);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page, query or fragment is marked afresh; all three are read from window.location.
  useEffect(() => {
    const phrases = highlightPhrases(window.location.search);
    const target = targetOf(window.location.hash);
    if (phrases.length === 0 || !target) return;
    const marks = markPhrases(target, phrases);
    placed.current = marks;
    if (marks.length === 0) return;
    setFound({ phrases, count: marks.length });
    revealSoon(marks[0]);
    // Listening from the moment the marks are there (not from the next render): an Esc pressed
    // as soon as they appear clears them.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && placed.current.length > 0 && !overlayOpen()) dismiss();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      unmark(marks);
      setFound(null);
    };
  }, [pathname, search, hashChanges, dismiss]);

  if (!found) return null;
  return (
    <div className="search-landing" role="status">
      <span>
        已标出「{found.phrases.join("」「")}」{found.count} 处
      </span>
      <button type="button" onClick={dismiss}>
        清除
      </button>
    </div>
  );
}

/** Esc belongs to an open dialog or menu first. */
function overlayOpen(): boolean {
  try {
    return document.querySelector("dialog[open], [popover]:popover-open") !== null;
  } catch {
    return document.querySelector("dialog[open]") !== null;
  }
}

function targetOf(hash: string): HTMLElement | null {
  const id = decodeURIComponent(hash.slice(1));
  return (id ? document.getElementById(id) : null) ?? document.getElementById("main");
}

/** Text nodes of the target in reading order, leaving out subsections (they are results of their own). */
function textNodes(target: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Text) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (el.matches(SKIP) || (el !== target && target.tagName === "SECTION" && el.tagName === "SECTION")) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Wraps every occurrence in <mark>, also where a phrase crosses element boundaries (a glossary
 * link inside a word run): the text is matched as one string, then each node's share is wrapped.
 */
function markPhrases(target: HTMLElement, phrases: string[]): HTMLElement[] {
  const nodes = textNodes(target);
  const starts: number[] = [];
  let text = "";
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const marks: HTMLElement[] = [];
  // Back to front, so splitting a node never moves text that is still to be wrapped.
  for (const [start, end] of phraseRanges(text, phrases).reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const from = Math.max(start, starts[i]);
      const to = Math.min(end, starts[i] + nodes[i].data.length);
      if (from < to) marks.unshift(wrap(nodes[i], from - starts[i], to - starts[i]));
    }
  }
  return marks;
}

function wrap(node: Text, from: number, to: number): HTMLElement {
  const middle = node.splitText(from);
  middle.splitText(to - from);
  const mark = document.createElement("mark");
  mark.className = MARK_CLASS;
  middle.replaceWith(mark);
  mark.append(middle);
  return mark;
}

/** Puts the text back as it was: the split pieces merge into the original nodes. */
function unmark(marks: HTMLElement[]) {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** After the browser's own jump to the #fragment: open a closed answer holding the mark, and bring it into view. */
function revealSoon(mark: HTMLElement) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const details = mark.closest("details");
      if (details && !details.open) details.open = true;
      const box = mark.getBoundingClientRect();
      const header = document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0;
      if (box.top >= header && box.bottom <= window.innerHeight) return;
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      mark.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    }),
  );
}
