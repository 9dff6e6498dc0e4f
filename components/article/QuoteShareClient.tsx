"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { textFragmentHash } from "@/lib/render/textFragment";
import { articlePath } from "@/lib/routes";
import { showToast } from "./toast";

type Offer = { top: number; left: number; href: string };

/** The section holding a node: the innermost `section[id]` of the article. */
function sectionOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  return el?.closest<HTMLElement>("article.article section[id]") ?? null;
}

/** Up to 8 characters before the selection in its text node: they tell repeated words apart. */
function prefixOf(range: Range): string {
  const start = range.startContainer;
  if (start.nodeType !== Node.TEXT_NODE) return "";
  return [...(start.textContent ?? "").slice(0, range.startOffset)].slice(-8).join("").trim();
}

/**
 * Selecting text in the article offers 「分享引用」: it copies a link to the section with a text
 * fragment, so the receiving browser scrolls to and highlights the passage. The button floats
 * over the page (no layout shift), is reached with Tab, and goes with Esc or a collapsed selection.
 */
export function QuoteShareClient({ slug }: { slug: string }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const update = useCallback(() => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return setOffer(null);
    const range = selection.getRangeAt(0);
    const section = sectionOf(range.commonAncestorContainer) ?? sectionOf(selection.anchorNode);
    const hash = section ? textFragmentHash(section.id, selection.toString(), prefixOf(range)) : null;
    if (!section || !hash) return setOffer(null);
    const rect = range.getBoundingClientRect();
    setOffer({ top: rect.bottom + window.scrollY + 8, left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 120)), href: `${articlePath(slug)}${hash}` });
  }, [slug]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOffer(null);
    };
    document.addEventListener("selectionchange", update);
    document.addEventListener("keydown", onKey);
    // A selection made before this script ran is offered too.
    update();
    return () => {
      document.removeEventListener("selectionchange", update);
      document.removeEventListener("keydown", onKey);
    };
  }, [update]);

  async function copy() {
    if (!offer) return;
    const origin = document.documentElement.dataset.origin || window.location.origin;
    try {
      await navigator.clipboard.writeText(new URL(offer.href, origin).href);
      showToast("引用链接已复制");
    } catch {
      showToast("无法复制");
    }
    setOffer(null);
  }

  if (!offer) return null;
  return (
    <button
      ref={buttonRef}
      type="button"
      className="quote-share"
      style={{ top: offer.top, left: offer.left }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={copy}
    >
      分享引用
    </button>
  );
}
