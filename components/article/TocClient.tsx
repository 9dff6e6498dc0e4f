"use client";

import { useEffect } from "react";

/** Header height plus a little air: a section counts as "current" once its top passes this line. */
const ACTIVE_LINE = 96;

/**
 * Scroll-spy for the server-rendered TOC links (marks the current one with aria-current), closes
 * the phone drawer after a jump, and opens a FAQ item reached by its anchor.
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
    function closeDrawer(event: MouseEvent) {
      const drawer = (event.target as Element).closest?.("details.toc-drawer");
      if (drawer && (event.target as Element).closest("a")) drawer.removeAttribute("open");
    }

    update();
    openTarget();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("hashchange", openTarget);
    document.addEventListener("click", closeDrawer);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("hashchange", openTarget);
      document.removeEventListener("click", closeDrawer);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
