import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import { shareStylesheetPath } from "@/lib/routes";
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from "./cardSpec";

/** What one share page says: a section, or an FAQ question, of one article. */
export interface SharePage {
  /** Section label with its number, or the FAQ question. */
  readonly heading: string;
  readonly articleTitle: string;
  /** ≤ 120 characters of plain text. */
  readonly excerpt: string;
  /** Site path of the passage in the article (with its fragment): where readers are sent, on any host. */
  readonly target: string;
  /** The same passage as an absolute URL, for the canonical link. */
  readonly canonical: string;
  /** Absolute URL of this page. */
  readonly url: string;
  /** Absolute URL of the card image, and its spec (for the alt text). */
  readonly image: string;
  readonly card: CardSpec;
  readonly siteName: string;
}

/** Written once, at shareStylesheetPath: 0.5 KB that every share page would otherwise repeat. */
export const SHARE_CSS = `body{margin:0;font:17px/1.7 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;background:#fbfaf7;color:#1d232b}
main{max-width:36rem;margin:12vh auto;padding:0 1.25rem}
p{margin:.5rem 0}.site{color:#55606e;font-size:.9rem}h1{font-size:1.5rem;line-height:1.35;margin:.75rem 0}
a{color:#1f5fbf}.go{display:inline-block;margin-top:1rem;font-weight:600}
@media (prefers-color-scheme:dark){body{background:#16181d;color:#e6e8eb}.site{color:#a3acb8}a{color:#8ab4ff}}`;

/**
 * A share page: a small static card for link unfurlers (chat apps read the meta tags and follow
 * no refresh), then a meta refresh that takes a reader to the passage. No script at all.
 */
export function sharePageHtml(page: SharePage): string {
  const title = `${page.heading} · ${page.articleTitle}`;
  const meta = (property: string, content: string) => h("meta", { property, content });
  const named = (name: string, content: string) => h("meta", { name, content });
  const tree = h(null, [
    { type: "doctype" },
    h("html", { lang: "zh-CN" }, [
      h("head", [
        h("meta", { charSet: "utf-8" }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("title", title),
        named("description", page.excerpt),
        h("link", { rel: "canonical", href: page.canonical }),
        h("meta", { httpEquiv: "refresh", content: `0; url=${page.target}` }),
        meta("og:type", "article"),
        meta("og:site_name", page.siteName),
        meta("og:title", title),
        meta("og:description", page.excerpt),
        meta("og:url", page.url),
        meta("og:locale", "zh_CN"),
        meta("og:image", page.image),
        meta("og:image:type", "image/png"),
        meta("og:image:width", String(CARD_WIDTH)),
        meta("og:image:height", String(CARD_HEIGHT)),
        meta("og:image:alt", page.card.alt),
        named("twitter:card", "summary_large_image"),
        named("twitter:title", title),
        named("twitter:description", page.excerpt),
        named("twitter:image", page.image),
        h("link", { rel: "stylesheet", href: shareStylesheetPath }),
      ]),
      h("body", [
        h("main", [
          h("p.site", `${page.siteName} · 《${page.articleTitle}》`),
          h("h1", page.heading),
          h("p", page.excerpt),
          h("a.go", { href: page.target }, "在全文中阅读本节 →"),
        ]),
      ]),
    ]),
  ]);
  return toHtml(tree);
}
