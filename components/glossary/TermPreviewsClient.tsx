"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { termPreviewsEnabled } from "@/lib/appearance";
import type { PreviewTerm } from "@/lib/glossary/preview";
import { glossaryPath } from "@/lib/routes";

const CARD_ID = "term-preview";
const LINK_SELECTOR = "a.term-link[data-term]";
/** Hover must rest briefly so sweeping the pointer across a paragraph does not flash cards. */
const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 200;
const GAP_PX = 6;
const MARGIN_PX = 8;

type Active = { id: string; link: HTMLAnchorElement };

function termLinkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(LINK_SELECTOR) : null;
}

/** Where the card goes: under the word (above when there is no room), never over it. */
function placeCard(link: HTMLElement, card: HTMLElement): { top: number; left: number } {
  const rects = link.getClientRects();
  const word = rects.length > 0 ? rects[0] : link.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = card;
  const below = word.bottom + GAP_PX;
  const top = below + height + MARGIN_PX <= window.innerHeight ? below : Math.max(MARGIN_PX, word.top - GAP_PX - height);
  const left = Math.min(Math.max(MARGIN_PX, word.left), Math.max(MARGIN_PX, window.innerWidth - width - MARGIN_PX));
  return { top, left };
}

/**
 * The one preview card of a page. Listens at the document for every glossary link (event
 * delegation), so links stay plain server-rendered anchors: hover or keyboard focus shows the
 * card, Esc closes it; on touch the first tap previews and the second follows the link.
 */
export function TermPreviewsClient({ terms }: { terms: Readonly<Record<string, PreviewTerm>> }) {
  const [active, setActive] = useState<Active | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const openTimer = useRef<number | undefined>(undefined);
  const closeTimer = useRef<number | undefined>(undefined);
  const lastPointer = useRef<string>("mouse");
  /** Was the card already showing this link when the finger came down? (Focus opens it mid-tap.) */
  const shownBeforeTap = useRef(false);
  const activeRef = useRef<Active | null>(null);
  activeRef.current = active;

  const clearTimers = useCallback(() => {
    window.clearTimeout(openTimer.current);
    window.clearTimeout(closeTimer.current);
  }, []);

  const open = useCallback(
    (link: HTMLAnchorElement) => {
      const id = link.dataset.term;
      // Switched off in the appearance menu: term links stay plain links.
      if (!id || !terms[id] || !termPreviewsEnabled()) return;
      clearTimers();
      if (activeRef.current?.link !== link) setPosition(null);
      setActive({ id, link });
    },
    [terms, clearTimers],
  );

  const close = useCallback(() => {
    clearTimers();
    setActive(null);
  }, [clearTimers]);

  const closeSoon = useCallback(() => {
    window.clearTimeout(openTimer.current);
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(() => setActive(null), CLOSE_DELAY_MS);
  }, []);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      lastPointer.current = event.pointerType;
      const current = activeRef.current;
      shownBeforeTap.current = current !== null && current.link === termLinkOf(event.target);
      if (current && !termLinkOf(event.target) && !cardRef.current?.contains(event.target as Node)) close();
    };
    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType === "touch") return;
      const link = termLinkOf(event.target);
      if (!link) return;
      window.clearTimeout(closeTimer.current);
      if (activeRef.current?.link === link) return;
      window.clearTimeout(openTimer.current);
      openTimer.current = window.setTimeout(() => open(link), OPEN_DELAY_MS);
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType === "touch") return;
      const link = termLinkOf(event.target);
      if (!link || link.contains(event.relatedTarget as Node | null)) return;
      if (cardRef.current?.contains(event.relatedTarget as Node | null)) return;
      closeSoon();
    };
    const onFocusIn = (event: FocusEvent) => {
      const link = termLinkOf(event.target);
      if (link) open(link);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!termLinkOf(event.target)) return;
      const next = event.relatedTarget as Node | null;
      if (next && (cardRef.current?.contains(next) || termLinkOf(next))) return;
      close();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && activeRef.current) {
        event.preventDefault();
        close();
      }
    };
    const onClick = (event: MouseEvent) => {
      const link = termLinkOf(event.target);
      if (!link || lastPointer.current !== "touch" || !termPreviewsEnabled()) return;
      // First tap shows the card; a second tap on the same word follows the link.
      if (!shownBeforeTap.current) {
        event.preventDefault();
        open(link);
      }
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("pointerout", onPointerOut);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("click", onClick);
    return () => {
      clearTimers();
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("pointerout", onPointerOut);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onClick);
    };
  }, [open, close, closeSoon, clearTimers]);

  // Announce the card as the link's description while it is shown.
  useEffect(() => {
    if (!active) return;
    const { link } = active;
    link.setAttribute("aria-describedby", CARD_ID);
    return () => link.removeAttribute("aria-describedby");
  }, [active]);

  useLayoutEffect(() => {
    if (!active || !cardRef.current) return;
    const card = cardRef.current;
    const update = () => setPosition(placeCard(active.link, card));
    update();
    window.addEventListener("scroll", update, { passive: true, capture: true });
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update, { capture: true });
      window.removeEventListener("resize", update);
    };
  }, [active]);

  const term = active ? terms[active.id] : null;
  if (!active || !term) return null;
  return createPortal(
    <div
      id={CARD_ID}
      ref={cardRef}
      role="tooltip"
      className="term-preview"
      data-term={active.id}
      style={position ? { top: position.top, left: position.left } : { visibility: "hidden", top: 0, left: 0 }}
      onPointerEnter={() => window.clearTimeout(closeTimer.current)}
      onPointerLeave={(event) => {
        if (event.pointerType !== "touch" && termLinkOf(event.relatedTarget) !== active.link) closeSoon();
      }}
    >
      <p className="term-preview-title">
        <strong>{term.term}</strong>
        {term.english ? <span className="term-preview-english">{term.english}</span> : null}
      </p>
      <p className="term-preview-definition">{term.definition}</p>
      <a className="term-preview-more" href={glossaryPath(active.id)} tabIndex={-1}>
        查看词条 →
      </a>
    </div>,
    document.body,
  );
}
