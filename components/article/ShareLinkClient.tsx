"use client";

import { showToast } from "./toast";

/** The public origin set at build (SITE_URL), else the page's own. */
function originOf(): string {
  return document.documentElement.dataset.origin || window.location.origin;
}

/**
 * The link button beside a heading or FAQ question. It hands out the section's share page, whose
 * card unfurls in chat apps and which forwards to the section. Without JavaScript it is a plain
 * link to that page; with it, it copies the absolute URL (or opens the share sheet on touch
 * devices) and confirms.
 */
export function ShareLinkClient({ href, title }: { href: string; title: string }) {
  async function share(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(href, originOf()).href;
    const touch = window.matchMedia("(pointer: coarse)").matches;
    if (touch && typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch {
        // Dismissed or unsupported for this data: fall through to copying.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      showToast("分享链接已复制");
    } catch {
      showToast("无法复制，请长按链接复制");
    }
  }
  return (
    // The link icon is drawn by CSS (`.share-link::before`): one image for the dozens of links on a page.
    <a href={href} className="share-link" onClick={share} title="复制分享链接">
      <span className="visually-hidden">复制「{title}」的分享链接</span>
    </a>
  );
}
