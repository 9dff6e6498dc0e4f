import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { type Page, expect, test } from "@playwright/test";
import { visit } from "unist-util-visit";
import { sectionLabel } from "@/lib/render/sectionTree";
import { sharePath, shareStylesheetPath } from "@/lib/routes";
import { siteCorpus } from "../support/siteCorpus";

/**
 * Sharing a section: the link button hands out the share page; the share page is a small static
 * card that unfurls (meta tags, a real PNG) and forwards readers to the passage; a selected passage
 * can be shared as a link that highlights it.
 */

const corpus = await siteCorpus();
const articles = corpus.articles;

/** Meta tags of a page as a link unfurler reads them: parsed HTML, no script, no refresh followed. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  visit(fromHtml(html) as Root, "element", (el: Element) => {
    if (el.tagName !== "meta") return;
    const key = String(el.properties.property ?? el.properties.name ?? el.properties.httpEquiv ?? "");
    if (key && !tags.has(key)) tags.set(key, String(el.properties.content ?? ""));
  });
  return tags;
}

function textOf(html: string, tag: string): string | null {
  let found: string | null = null;
  visit(fromHtml(html) as Root, "element", (el: Element) => {
    if (found === null && el.tagName === tag) found = el.children.map((c) => ("value" in c ? c.value : "")).join("");
  });
  return found;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("the link button", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("on a section heading copies the absolute share-page URL and confirms", async ({ page, baseURL }) => {
    const article = articles[0];
    const section = article.sections[1];
    await page.goto(`/articles/${article.slug}/`);
    const heading = page.locator(`section#${section.id} > .heading`);
    await heading.hover();
    const button = heading.locator(".share-link");
    await expect(button).toHaveAttribute("href", sharePath(article.slug, section.id));
    await button.click();
    await expect(page.locator("#toast")).toHaveText("分享链接已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${sharePath(article.slug, section.id)}`);
  });

  test("on an FAQ question copies that question's share page, by keyboard", async ({ page, baseURL }) => {
    const article = articles.find((a) => a.faq.length > 0) ?? articles[0];
    const faq = article.faq[0];
    await page.goto(`/articles/${article.slug}/`);
    await page.locator(`details#${faq.id}`).scrollIntoViewIfNeeded();
    await page.locator(`details#${faq.id} ~ .share-link`).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${sharePath(article.slug, faq.id)}`);
  });

  test("on a touch screen offers the share sheet with the share page and the section title", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: async (data: ShareData) => {
          (window as unknown as { __shared: ShareData }).__shared = data;
        },
      });
    });
    const page = await context.newPage();
    const article = articles[0];
    const section = article.sections[1];
    await page.goto(`${baseURL}/articles/${article.slug}/`);
    await page.locator(`section#${section.id} > .heading .share-link`).tap();
    const shared = await page.waitForFunction(() => (window as unknown as { __shared?: ShareData }).__shared);
    expect(await shared.jsonValue()).toEqual({ title: sectionLabel(section), url: `${baseURL}${sharePath(article.slug, section.id)}` });
    await context.close();
  });

  test("without JavaScript is a plain link to the share page", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const article = articles[0];
    const section = article.sections[1];
    await page.goto(`${baseURL}/articles/${article.slug}/`);
    await page.locator(`section#${section.id} > .heading .share-link`).click();
    // The share page forwards to the section.
    await page.waitForURL(`**/articles/${article.slug}/#${section.id}`);
    await context.close();
  });
});

test.describe("share pages, as a chat app's unfurler sees them", () => {
  test("every share page of the first article has its card tags and stays under 20 KB", async ({ request, baseURL }) => {
    const article = articles[0];
    const pages = [...article.sections.map((s) => ({ id: s.id, title: `${sectionLabel(s)} · ${article.title}` })), ...article.faq.map((f) => ({ id: f.id, title: `${f.question} · ${article.title}` }))];
    expect(pages.length).toBeGreaterThan(30);
    for (const { id, title } of pages) {
      const response = await request.get(sharePath(article.slug, id), { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(Buffer.byteLength(html), id).toBeLessThanOrEqual(20 * 1024);
      expect(html).not.toMatch(/<script/i);
      const meta = metaTags(html);
      expect(textOf(html, "title")).toBe(title);
      expect(meta.get("og:title")).toBe(title);
      expect(meta.get("og:type")).toBe("article");
      expect(meta.get("og:site_name")).toBe("AI Infra 读本");
      expect(meta.get("twitter:card")).toBe("summary_large_image");
      const description = meta.get("og:description") ?? "";
      expect([...description].length, id).toBeLessThanOrEqual(120);
      expect(description.length, id).toBeGreaterThan(0);
      // No Markdown or LaTeX left in what the card says.
      expect(description, id).not.toMatch(/\*\*|`|\$|\\[a-z]+|\]\(|^#+ /);
      expect(meta.get("og:image"), id).toMatch(/^https?:\/\/[^/]+\/cards\/section\/.+\.png$/);
      expect(meta.get("og:image:width")).toBe("1200");
      expect(meta.get("og:image:height")).toBe("630");
      expect(meta.get("og:image:alt")).toBeTruthy();
      expect(meta.get("refresh")).toBe(`0; url=/articles/${article.slug}/#${id}`);
      expect(html, id).toContain(`<link rel="stylesheet" href="${shareStylesheetPath}">`);
    }
    // The one stylesheet they share is served, as CSS.
    const css = await request.get(shareStylesheetPath);
    expect(css.status()).toBe(200);
    expect(css.headers()["content-type"]).toMatch(/^text\/css/);
    expect(await css.text()).toContain("prefers-color-scheme:dark");
    expect(baseURL).toBeTruthy();
  });

  test("the card image is a 1200×630 PNG under 120 KB, for sections, articles and glossary terms", async ({ request }) => {
    const article = articles[0];
    const term = corpus.glossary[0];
    const pages = [sharePath(article.slug, article.sections[0].id), `/articles/${article.slug}/`, `/glossary/${term.id}/`];
    for (const path of pages) {
      const meta = metaTags(await (await request.get(path)).text());
      const image = meta.get("og:image") ?? "";
      expect(image, path).toMatch(/^https?:\/\//);
      const response = await request.get(new URL(image).pathname);
      expect(response.headers()["content-type"]).toContain("image/png");
      const bytes = await response.body();
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length).toBeLessThanOrEqual(120 * 1024);
    }
  });
});

/** Selects the whole text of the first paragraph in a section; returns it. */
async function selectParagraph(page: Page, sectionId: string): Promise<string> {
  return page.evaluate((id) => {
    const p = document.querySelector(`section#${CSS.escape(id)} > .prose p`);
    if (!p?.firstChild) throw new Error(`no paragraph in ${id}`);
    const range = document.createRange();
    const text = p.firstChild;
    const end = Math.min(text.textContent?.length ?? 0, 16);
    range.setStart(text, 0);
    range.setEnd(text, end);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return range.toString();
  }, sectionId);
}

test.describe("quoting a passage", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("copies a link whose text fragment lands on and highlights the words", async ({ page, browser, baseURL }) => {
    const article = articles[0];
    const section = article.sections.find((s, i) => i > 3 && s.blocks[0]?.type === "prose") ?? article.sections[1];
    await page.goto(`/articles/${article.slug}/`);
    const words = await selectParagraph(page, section.id);
    const action = page.locator(".quote-share");
    await expect(action).toBeVisible();
    await expect(action).toHaveText("分享引用");
    await action.focus();
    await page.keyboard.press("Enter");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}/articles/${article.slug}/#${section.id}:~:text=${encodeURIComponent(words.replace(/\s+/g, " ").trim()).replace(/-/g, "%2D").replace(/,/g, "%2C")}`);
    await expect(action).toBeHidden();

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(link);
    // Chromium makes the element holding the matched words the :target, and scrolls to it.
    await expect.poll(() => fresh.evaluate(() => document.querySelector(":target")?.closest("section[id]")?.id)).toBe(section.id);
    expect(await fresh.evaluate(() => document.querySelector(":target")?.textContent)).toContain(words.trim());
    await expect.poll(() => fresh.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const box = await fresh.locator(`section#${section.id} > .prose p`).first().boundingBox();
    expect(box && box.y >= -box.height && box.y < 800).toBe(true);
  });

  test("goes away with Esc or when the selection collapses, without moving the page", async ({ page }) => {
    const article = articles[0];
    const section = article.sections.find((s, i) => i > 3 && s.blocks[0]?.type === "prose") ?? article.sections[1];
    await page.goto(`/articles/${article.slug}/`);
    const before = await page.locator("article.article").boundingBox();
    await selectParagraph(page, section.id);
    await expect(page.locator(".quote-share")).toBeVisible();
    expect(await page.locator("article.article").boundingBox()).toEqual(before);
    await page.keyboard.press("Escape");
    await expect(page.locator(".quote-share")).toBeHidden();
    await selectParagraph(page, section.id);
    await expect(page.locator(".quote-share")).toBeVisible();
    await page.evaluate(() => window.getSelection()?.collapseToStart());
    await expect(page.locator(".quote-share")).toBeHidden();
  });
});
