"use client";

import { useEffect } from "react";
import { browserStorage } from "@/lib/appearance";
import { rememberPlace } from "@/lib/readingPlace";

/** Header height plus a little air: a section counts as "current" once its top passes this line. */
const ACTIVE_LINE = 96;

/** The TOC's popover is only ever opened on screens narrower than this (the sheet, globals.css). */
const WIDE = "(min-width: 68rem)";

/**
 * Scroll-spy for the server-rendered TOC links (marks the current one with aria-current, and keeps
 * it in sight in the sticky column when the list is taller than the screen), closes the
 * narrow-screen TOC sheet after a jump and scrolls it to the current entry when it opens, opens a
 * FAQ item reached by its anchor, and remembers the section being read (lib/readingPlace.ts).
 */
export function TocClient({ slug }: { slug: string }) {
  useEffect(() => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-toc-id]"));
    const ids = Array.from(new Set(links.map((a) => a.dataset.tocId ?? "")));
    const targets = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    const sheet = document.getElementById("toc");
    const wide = window.matchMedia(WIDE);
    let frame = 0;
    let shown: string | null = null;
    // What the page opened at is not a place the reader chose: only scrolling changes the one kept.
    let kept: string | null | undefined;

    /** Where `link` sits in the TOC's own scroll area, as scrollTop values. */
    function placeOf(toc: HTMLElement, link: HTMLElement): { top: number; bottom: number } {
      const top = link.getBoundingClientRect().top - toc.getBoundingClientRect().top + toc.scrollTop;
      return { top, bottom: top + link.offsetHeight };
    }

    /**
     * Scrolls the sticky column (never the page) so the current entry is in sight, a third of the
     * way down; left alone while the pointer is on the list, which the reader may be scrolling.
     */
    function keepInSight(link: HTMLElement) {
      if (!sheet || !wide.matches || sheet.scrollHeight <= sheet.clientHeight || sheet.matches(":hover")) return;
      const { top, bottom } = placeOf(sheet, link);
      if (top >= sheet.scrollTop && bottom <= sheet.scrollTop + sheet.clientHeight) return;
      sheet.scrollTop = top - sheet.clientHeight / 3;
    }

    function update() {
      frame = 0;
      let current: string | null = null;
      for (const el of targets) {
        if (el.getBoundingClientRect().top - ACTIVE_LINE <= 0) current = el.id;
        else break;
      }
      // At the very end the last sections may never reach the line; the reader is at the last one.
      const root = document.documentElement;
      const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 2;
      if (current && atEnd) current = targets[targets.length - 1]?.id ?? current;
      // Read to the end, or back at the start: nothing to come back to.
      const place = atEnd || current === targets[0]?.id ? null : current;
      if (kept === undefined) kept = place;
      else if (place !== kept) {
        kept = place;
        rememberPlace(browserStorage(), slug, place);
      }
      for (const a of links) {
        if (a.dataset.tocId === current) a.setAttribute("aria-current", "location");
        else a.removeAttribute("aria-current");
      }
      if (current !== shown) {
        shown = current;
        const link = sheet?.querySelector<HTMLElement>("a[aria-current]");
        if (link) keepInSight(link);
      }
    }
    function onScroll() {
      if (!frame) frame = requestAnimationFrame(update);
    }
    function openTarget() {
      const target = decodeURIComponent(window.location.hash.slice(1));
      const el = target ? document.getElementById(target) : null;
      if (el instanceof HTMLDetailsElement) el.open = true;
    }
    function closeSheet() {
      // Browsers without popovers show the TOC inline, and would throw on the selector.
      if (sheet && "hidePopover" in sheet && sheet.matches(":popover-open")) sheet.hidePopover();
    }
    function closeAfterJump(event: MouseEvent) {
      const link = (event.target as Element).closest?.("a");
      if (link && sheet?.contains(link)) closeSheet();
    }
    function showCurrent(event: Event) {
      if (!sheet || (event as ToggleEvent).newState !== "open") return;
      const current = sheet.querySelector<HTMLElement>("a[aria-current]");
      if (current) sheet.scrollTop = placeOf(sheet, current).top - sheet.clientHeight / 3;
    }

    update();
    openTarget();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("hashchange", openTarget);
    document.addEventListener("click", closeAfterJump);
    sheet?.addEventListener("toggle", showCurrent);
    wide.addEventListener("change", closeSheet);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("hashchange", openTarget);
      document.removeEventListener("click", closeAfterJump);
      sheet?.removeEventListener("toggle", showCurrent);
      wide.removeEventListener("change", closeSheet);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [slug]);
  return null;
}
