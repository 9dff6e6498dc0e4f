import path from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { createElement, type ReactElement } from "react";
import { prerender } from "react-dom/static";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { ArticleSection } from "@/components/article/ArticleSection";
import { Markdown } from "@/components/article/Markdown";
import { Toc } from "@/components/article/Toc";
import { buildCorpus, type Corpus } from "@/lib/content";
import { emptyRender } from "@/lib/content/blocks";
import { articleJsonLd } from "@/lib/render/jsonLd";
import { sectionTree } from "@/lib/render/sectionTree";

/**
 * The hostile fixture articles rendered server-side through the very components the pages use
 * (react-markdown with the article plugins, KaTeX, Shiki, build-time Mermaid): the HTML holds no
 * script element, no event-handler attribute and no script-running URL, and the prose is intact.
 */

const hostileDir = path.resolve(import.meta.dirname, "../fixtures/site");
let corpus: Corpus;

beforeAll(() => {
  const result = buildCorpus({ dir: hostileDir });
  expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  corpus = result.corpus;
});

async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

/** URL-valued properties in hast (camel-cased attribute names). */
const urlProperties = ["href", "src", "action", "formAction", "xLinkHref", "data", "poster", "background", "srcDoc"];
const scriptingUrl = /^(?:javascript|vbscript|data):/i;
const liveElements = new Set(["script", "iframe", "object", "embed", "form", "base", "meta", "frame", "frameset", "input", "textarea"]);

/** Everything in the rendered markup that could run script, described for the failure message. */
function dangers(markup: string): string[] {
  const found: string[] = [];
  visit(fromHtml(markup, { fragment: true }) as Root, "element", (node: Element) => {
    if (liveElements.has(node.tagName)) found.push(`<${node.tagName}> element`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${name} on <${node.tagName}>`);
      if (!urlProperties.includes(name)) continue;
      const url = (Array.isArray(value) ? value.join(" ") : String(value)).replace(/[\s\p{Cc}]+/gu, "");
      if (scriptingUrl.test(url)) found.push(`${name}="${url.slice(0, 40)}" on <${node.tagName}>`);
    }
  });
  return found;
}

function articleOf(slug: string) {
  const article = corpus.articles.find((a) => a.slug === slug);
  if (!article) throw new Error(`fixture article ${slug} missing`);
  return article;
}

function ctxOf(slug: string) {
  return { articleSlug: articleOf(slug).slug };
}

describe("hostile articles rendered on the server", () => {
  for (const slug of ["hostile-prose", "hostile-blocks"]) {
    it(`${slug}: no script, no on* attribute, no javascript:/data: URL anywhere in the page body`, async () => {
      const article = articleOf(slug);
      const tree = sectionTree(article.sections);
      const parts = [
        createElement(ArticleHeader, { article }),
        createElement(Toc, { tree }),
        ...tree.map((node) => createElement(ArticleSection, { key: node.section.id, node, ctx: ctxOf(article.slug) })),
      ];
      const markup = await html(createElement("main", null, ...parts));
      expect(dangers(markup)).toEqual([]);
      expect(markup).not.toMatch(/<script/i);
    }, 120_000);
  }

  it("keeps the ordinary prose and shows raw HTML as text", async () => {
    const article = articleOf("hostile-prose");
    const markup = await html(
      createElement(
        "main",
        null,
        ...sectionTree(article.sections).map((node) => createElement(ArticleSection, { key: node.section.id, node, ctx: ctxOf(article.slug) })),
      ),
    );
    expect(markup).toContain("安全样例正文仍然可见");
    expect(markup).toContain("安全样例结尾段落");
    expect(markup).toContain("&lt;script&gt;window.__pwned = &quot;script-block&quot;&lt;/script&gt;");
    expect(markup).toContain("覆盖整页的层");
  });

  it("headings, FAQ questions and concept terms stay text", async () => {
    const prose = corpus.articles.find((a) => a.slug === "hostile-prose");
    const blocks = corpus.articles.find((a) => a.slug === "hostile-blocks");
    expect(prose?.sections[0]?.title).toContain("<img");
    expect(blocks?.faq[0]?.question).toContain("<script>");
    const markup = await html(createElement("main", null, createElement(ArticleHeader, { article: prose as NonNullable<typeof prose> })));
    expect(markup).toContain("&lt;script&gt;window.__pwned=&quot;title&quot;&lt;/script&gt;");
  });

  it("the JSON-LD of a hostile title cannot close its script element", () => {
    const article = articleOf("hostile-prose");
    const json = articleJsonLd(article);
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json).headline).toBe(article.title);
  });
});

describe("Markdown links", () => {
  const cases: [string, string][] = [
    ["javascript", "[x](javascript:alert(1))"],
    ["mixed case", "[x](JaVaScRiPt:alert(1))"],
    ["tab inside the scheme", "[x](java\tscript:alert(1))"],
    ["entity-encoded scheme", "[x](java&#x73;cript:alert(1))"],
    ["leading space in an autolink", "<javascript:alert(1)>"],
    ["reference definition", "[x][r]\n\n[r]: javascript:alert(1)"],
    ["data: document", "[x](data:text/html,<script>alert(1)</script>)"],
    ["vbscript", "[x](vbscript:msgbox(1))"],
    ["image source", "![x](javascript:alert(1))"],
    ["SVG data image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  ];
  for (const [name, markdown] of cases) {
    it(`are neutralised: ${name}`, async () => {
      const markup = await html(createElement(Markdown, { markdown, render: emptyRender(), ctx: ctxOf("hostile-prose") }));
      expect(dangers(markup)).toEqual([]);
      // A dropped URL leaves no empty attribute behind: `src=""` would make the browser re-request the page.
      expect(markup).not.toMatch(/\s(?:src|href)=""/);
    });
  }

  it("keep http(s), mailto, relative and fragment targets", async () => {
    const markup = await html(
      createElement(Markdown, {
        markdown: "[a](https://example.com/) [b](mailto:a@example.com) [c](/glossary/) [d](#s-1)",
        render: emptyRender(),
        ctx: ctxOf("hostile-prose"),
      }),
    );
    for (const href of ["https://example.com/", "mailto:a@example.com", "/glossary/", "/articles/hostile-prose/#s-1"]) {
      expect(markup).toContain(`href="${href}"`);
    }
  });

  it("point a bare fragment at the article, so it resolves on a section's share page too", async () => {
    const markup = await html(createElement(Markdown, { markdown: "见 [上一节](#s-1-1)。", render: emptyRender(), ctx: ctxOf("hostile-prose") }));
    expect(markup).toContain('href="/articles/hostile-prose/#s-1-1"');
  });
});
