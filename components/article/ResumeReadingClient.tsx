"use client";

import { useEffect, useState } from "react";
import { browserStorage } from "@/lib/appearance";
import { placeOf, rememberPlace } from "@/lib/readingPlace";

interface Offer {
  id: string;
  label: string;
}

/**
 * Opening an article again, the reader is offered the section they left it at (remembered by
 * TocClient). Only on a fresh visit to the article's top: a link to a place, a reload or the back
 * button already land where the reader means to be. It floats, so the page does not move; it goes
 * away when taken, dismissed (which forgets the place) or once the reader scrolls on their own.
 */
export function ResumeReadingClient({ slug }: { slug: string }) {
  const [offer, setOffer] = useState<Offer | null>(null);

  useEffect(() => {
    // Marked by the page's inline script (lib/render/inlineScripts.ts), the one place that decides.
    if (!document.documentElement.hasAttribute("data-fresh-visit")) return;
    const id = placeOf(browserStorage(), slug);
    const link = id ? document.querySelector<HTMLAnchorElement>(`a[data-toc-id="${CSS.escape(id)}"]`) : null;
    if (!id || !link) return;
    setOffer({ id, label: link.textContent ?? "" });
    function onScroll() {
      if (window.scrollY > window.innerHeight / 2) setOffer(null);
    }
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, [slug]);

  if (!offer) return null;
  return (
    <aside className="resume-reading" aria-label="继续阅读">
      <a href={`#${offer.id}`} onClick={() => setOffer(null)}>
        <span className="resume-reading-hint">上次读到</span> {offer.label}
      </a>
      <button
        type="button"
        aria-label="不用了"
        onClick={() => {
          rememberPlace(browserStorage(), slug, null);
          setOffer(null);
        }}
      >
        ×
      </button>
    </aside>
  );
}
