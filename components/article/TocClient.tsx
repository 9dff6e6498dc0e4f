"use client";

import { useEffect } from "react";

/** Header height plus a little air: a section counts as "current" once its top passes this line. */
const ACTIVE_LINE = 96;

/** The TOC's popover is only ever opened on screens narrower than this (the sheet, globals.css). */
const WIDE = "(min-width: 68rem)";

/**
 * Scroll-spy for the server-rendered TOC links (marks the current one with aria-current), closes
 * the narrow-screen TOC sheet after a jump and scrolls it to the current entry when it opens, and
 * opens a FAQ item reached by its anchor.
 */
export function TocClient() {
  useEffect(() => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-toc-id]"));
    const ids = Array.from(new Set(links.map((a) => a.dataset.tocId ?? "")));
    const targets = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    let frame = 0;

    function update() {
      frame = 0;
      let current: string | null = null;
      for (const el of targets) {
        if (el.getBoundingClientRect().top - ACTIVE_LINE <= 0) current = el.id;
        else break;
      }
      for (const a of links) {
        if (a.dataset.tocId === current) a.setAttribute("aria-current", "location");
        else a.removeAttribute("aria-current");
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
    const sheet = document.getElementById("toc");
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
      if (current) sheet.scrollTop = current.offsetTop - sheet.clientHeight / 3;
    }
    const wide = window.matchMedia(WIDE);

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
  }, []);
  return null;
}
