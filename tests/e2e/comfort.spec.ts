import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import type { Article } from "@/lib/content/schema";
import { isoDay } from "@/lib/render/dates";
import { absoluteUrl } from "@/lib/site";
import { choose, openMenu } from "./appearanceMenu";
import { violationsInBothSchemes } from "./axe";
import { hydrated } from "./hydration";
import { siteCorpus } from "../support/siteCorpus";

/**
 * Reading comfort against the production build: the appearance menu (applied before first paint,
 * synced across tabs, operable by keyboard), CJK spacing that leaves copied text untouched,
 * article dates, the Atom feeds, landing on search matches, the diagram viewer's pan and pinch,
 * formula copying and the current-page mark.
 */

const corpus = await siteCorpus();
const articles = corpus.articles;
const articleUrl = (a: Pick<Article, "slug">) => `/articles/${a.slug}/`;

type Prefs = Partial<Record<"theme" | "text-size" | "width" | "term-previews", string>>;

/** Stored appearance choices, in place before any script of the page runs. */
async function withPrefs(context: BrowserContext, prefs: Prefs): Promise<void> {
  await context.addInitScript((stored: Prefs) => {
    if (sessionStorage.getItem("prefs-set")) return;
    sessionStorage.setItem("prefs-set", "1");
    for (const [key, value] of Object.entries(stored)) if (value) localStorage.setItem(key, value);
  }, prefs);
}

const rootFontPx = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

test.describe("appearance menu", () => {
  test("keyboard: opens from the header, arrows change a setting at once, Esc closes and returns focus", async ({ page }) => {
    await page.goto(articleUrl(articles[0]));
    await hydrated(page.locator("main"));
    // Every page carries the button; the options exist only once a reader opens the menu.
    await expect(page.locator("#appearance-panel input")).toHaveCount(0);
    const button = page.getByRole("button", { name: "外观设置" });
    await button.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("dialog", { name: "外观设置" });
    await expect(menu).toBeVisible();
    const standard = menu.getByRole("group", { name: "文字大小" }).getByRole("radio", { name: "标准" });
    await expect(standard).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(menu.getByRole("group", { name: "文字大小" }).getByRole("radio", { name: "大" })).toBeChecked();
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
    expect(await rootFontPx(page)).toBe(18);
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("text size has three steps and column width two, each stored and restored on reload", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(articleUrl(articles[0]));
    const column = page.locator("article.article");
    const standardWidth = (await column.boundingBox())?.width ?? 0;
    for (const [label, px] of [["小", 15], ["大", 18], ["标准", 16]] as const) {
      await choose(page, "文字大小", label);
      expect(await rootFontPx(page)).toBe(px);
    }
    await choose(page, "栏宽", "加宽");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-width", "wide");
    expect((await column.boundingBox())?.width ?? 0).toBeGreaterThan(standardWidth + 100);
    expect(await page.evaluate(() => localStorage.getItem("text-size"))).toBeNull();
  });

  test("stored settings apply from the inline script alone, before any bundle runs", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "light" });
    await withPrefs(context, { theme: "dark", "text-size": "large", width: "wide", "term-previews": "off" });
    const page = await context.newPage();
    // No framework or component code: only the CSP-hashed inline script in <head> can set these.
    await page.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
    await page.goto(articleUrl(articles[0]));
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(html).toHaveAttribute("data-text-size", "large");
    await expect(html).toHaveAttribute("data-width", "wide");
    await expect(html).toHaveAttribute("data-term-previews", "off");
    expect(await rootFontPx(page)).toBe(18);
    await context.close();
  });

  test("large text and a wide column cause no layout shift on load", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await withPrefs(context, { "text-size": "large", width: "wide" });
    const page = await context.newPage();
    await page.goto(articleUrl(articles[0]));
    await page.waitForLoadState("networkidle");
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) sum += entry.value;
            }
          });
          observer.observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
        }),
    );
    // Settings applied after the first paint would reflow the whole column (a shift of 0.1 or
    // more). Under load a late font can still nudge a line by a pixel (0.0012 seen once in CI).
    expect(shift).toBeLessThan(0.01);
    await context.close();
  });

  test("a change in one tab shows in another open tab", async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(articleUrl(articles[0]));
    await second.goto("/glossary/");
    await choose(first, "文字大小", "大");
    await choose(first, "主题", "深色");
    await expect(second.locator("html")).toHaveAttribute("data-text-size", "large");
    await expect(second.locator("html")).toHaveAttribute("data-theme", "dark");
    await second.getByRole("button", { name: "外观设置" }).click();
    await expect(second.getByRole("dialog", { name: "外观设置" }).getByRole("radio", { name: "深色" })).toBeChecked();
  });

  test("跟随系统 forgets the stored theme and follows the system while the page is open", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await choose(page, "主题", "深色");
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");
    await choose(page, "主题", "跟随系统");
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  });

  test("term previews switched off stay off; switched on they show again", async ({ page }) => {
    await page.goto("/articles/ai-race-silicon-valley/");
    await choose(page, "术语预览", "关闭");
    const link = page.locator('#s-3-4 a.term-link[data-term="nlp"]').first();
    await link.focus();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(page.getByRole("tooltip")).toHaveCount(0);
    await expect(link).not.toHaveAttribute("aria-describedby", "term-preview");
    await choose(page, "术语预览", "开启");
    await link.focus();
    await expect(page.getByRole("tooltip")).toContainText("自然语言处理");
  });
});

test.describe("accessibility with every theme and text size (axe, no serious or critical violations)", () => {
  // Standard text in both themes is scanned on every page by reader.spec.ts.
  for (const size of ["small", "large"] as const) {
    // One test per page, so the scans spread over the workers; each scans light and dark (axe.ts).
    for (const [name, path] of [
      ["home", "/"],
      ["an article", articleUrl(articles[0])],
    ]) {
      test(`${size} text, light and dark: ${name}, menu open`, async ({ browser }) => {
        const context = await browser.newContext();
        await withPrefs(context, { "text-size": size });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("data-text-size", size);
        await openMenu(page);
        expect(await violationsInBothSchemes(page, { seriousOnly: true })).toEqual({ light: [], dark: [] });
        await context.close();
      });
    }
  }
});

test.describe("CJK spacing", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("article text is autospaced, and a copied paragraph is byte for byte its source line", async ({ page }) => {
    // content/articles/004_….txt line 15 mixes Han with GPU, TPU and AI without spaces.
    const source = readFileSync("content/articles/004_7e45c4a224d1866f.txt", "utf8").split("\n")[14];
    expect(source).toContain("随着GPU和TPU等专用硬件的发展");
    await page.goto("/articles/lepton-ai-llm-era/");
    const paragraph = page.locator("p", { hasText: "随着GPU和TPU等专用硬件的发展" });
    expect(await paragraph.evaluate((p) => getComputedStyle(p).getPropertyValue("text-autospace"))).toBe("normal");
    await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.press("ControlOrMeta+C");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(source);
  });

  test("the home page's article cards are spaced like the article itself", async ({ page }) => {
    // Article 000's title mixes Han and Latin ("硅谷的AI竞赛"); the card must not look unlike the header.
    expect(articles[0].title).toMatch(/的AI竞赛/);
    await page.goto("/");
    const card = page.locator(".article-card", { hasText: articles[0].title });
    for (const part of [card.locator("h2, h3").first(), card.locator(".card-blurb")]) {
      expect(await part.evaluate((el) => getComputedStyle(el).getPropertyValue("text-autospace"))).toBe("normal");
    }
  });

  test("copying a display formula puts its LaTeX on the clipboard", async ({ page }) => {
    const article = articles.find((a) => a.sections.some((s) => s.blocks.some((b) => b.type === "formula"))) ?? articles[0];
    const block = article.sections.flatMap((s) => s.blocks).find((b) => b.type === "formula");
    if (block?.type !== "formula") throw new Error("no article has a display formula");
    await page.goto(articleUrl(article));
    const formula = page.locator(`[id="${block.id}"]`);
    await formula.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.press("ControlOrMeta+C");
    // KaTeX's copy-tex writes display math between $$ delimiters.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`$$${block.latex}$$`);
  });
});

test.describe("dates", () => {
  test("each article shows 收录于 and 更新于 and states them in JSON-LD", async ({ page }) => {
    for (const article of articles) {
      expect(article.published && article.updated, article.slug).toBeTruthy();
      await page.goto(articleUrl(article));
      const times = page.locator(".article-dates time");
      await expect(page.locator(".article-dates")).toContainText(article.publishedStated ? "发表于" : "收录于");
      await expect(page.locator(".article-dates")).toContainText("更新于");
      await expect(times.nth(0)).toHaveAttribute("datetime", isoDay(article.published ?? ""));
      await expect(times.nth(1)).toHaveAttribute("datetime", isoDay(article.updated ?? ""));
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
      expect([jsonLd.datePublished, jsonLd.dateModified]).toEqual([article.published, article.updated]);
    }
  });

  test("the sitemap gives each article its last modification", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    for (const article of articles) {
      const entry = new RegExp(`<loc>${absoluteUrl(articleUrl(article)).replace(/[.?]/g, "\\$&")}</loc>\\s*<lastmod>([^<]+)</lastmod>`).exec(xml);
      expect(entry?.[1], article.slug).toBe(article.updated);
    }
  });

  test("with full git history, published is the commit that added the file", () => {
    const git = (args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
    test.skip(git(["rev-parse", "--is-shallow-repository"]) === "true", "a shallow clone dates by mtime (tests/content/dates.test.ts)");
    for (const article of articles) {
      const added = git(["log", "--follow", "--diff-filter=A", "--format=%cI", "--", article.source]).split("\n").at(-1) ?? "";
      const stated = article.publishedStated;
      if (!stated) expect(article.published, article.slug).toBe(new Date(added).toISOString());
    }
  });
});

test.describe("Atom feeds", () => {
  /** Parses XML with the browser's own (strict) parser; returns entries as plain data, or throws on a parse error. */
  async function parseFeed(page: Page, path: string) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror");
      if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
      const ns = "http://www.w3.org/2005/Atom";
      const child = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
      const feed = doc.documentElement;
      return {
        root: `${feed.namespaceURI} ${feed.localName}`,
        updated: child(feed, "updated"),
        self: [...feed.children].find((c) => c.localName === "link" && c.getAttribute("rel") === "self")?.getAttribute("href"),
        entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
          id: child(e, "id"),
          title: child(e, "title"),
          link: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href"),
          updated: child(e, "updated"),
          published: child(e, "published"),
          summary: child(e, "summary"),
          content: child(e, "content"),
        })),
      };
    }, xml);
  }

  test("/feed.xml lists every article, newest first, with title, summary, dates and absolute link", async ({ page }) => {
    await page.goto("/");
    const feed = await parseFeed(page, "/feed.xml");
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.self).toBe(absoluteUrl("/feed.xml"));
    const newestFirst = [...articles].sort((a, b) => Date.parse(b.updated ?? "") - Date.parse(a.updated ?? "") || a.slug.localeCompare(b.slug));
    expect(feed.entries.map((e) => e.title)).toEqual(newestFirst.map((a) => a.title));
    for (const [i, article] of newestFirst.entries()) {
      const entry = feed.entries[i];
      expect(entry.id).toBe(absoluteUrl(articleUrl(article)));
      expect(entry.link).toBe(absoluteUrl(articleUrl(article)));
      expect(entry.updated).toBe(new Date(article.updated ?? "").toISOString());
      expect(entry.published).toBe(new Date(article.published ?? "").toISOString());
      expect((entry.summary ?? "").length).toBeGreaterThan(20);
    }
    const newest = Math.max(...articles.map((a) => Date.parse(a.updated ?? "")));
    expect(feed.updated).toBe(new Date(newest).toISOString());
  });

  test("/notes/feed.xml lists every editor's note, linked to its place on /notes/", async ({ page }) => {
    await page.goto("/notes/");
    const feed = await parseFeed(page, "/notes/feed.xml");
    expect(feed.entries.map((e) => e.id).sort()).toEqual(corpus.notes.map((n) => absoluteUrl(`/notes/#${n.id}`)).sort());
    for (const entry of feed.entries) {
      const note = corpus.notes.find((n) => absoluteUrl(`/notes/#${n.id}`) === entry.id);
      expect(entry.title).toContain(note?.quote ?? "?");
      expect(entry.content).toContain("<blockquote>");
    }
  });

  test("every page's head links both feeds", async ({ page }) => {
    for (const path of ["/", articleUrl(articles[0]), "/glossary/"]) {
      await page.goto(path);
      const hrefs = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")));
      expect(hrefs).toEqual(["/feed.xml", "/notes/feed.xml"]);
    }
  });
});

test.describe("landing on a search result", () => {
  // content/articles/001_….txt, section 4.2 公式推导过程, says 交叉熵 once in its own text.
  const article = articles.find((a) => a.slug === "china-llm-market") ?? articles[1];

  test("a result opened from /search/ marks the words in its section, in view, without moving anything", async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent("交叉熵")}`);
    await page.getByRole("link", { name: "4.2 公式推导过程" }).first().click();
    await expect(page).toHaveURL(/\?hl=%E4%BA%A4%E5%8F%89%E7%86%B5#s-4-2$/);
    const marks = page.locator("mark.search-hit");
    await expect(marks).toHaveCount(1);
    await expect(marks.first()).toHaveText("交叉熵");
    expect(await marks.first().evaluate((m) => m.closest("section")?.id)).toBe("s-4-2");
    await expect(marks.first()).toBeInViewport();
    await expect(page.getByRole("status").filter({ hasText: "已标出" })).toContainText("「交叉熵」1 处");
  });

  test("a shared link carries the highlight; 清除 removes it without reflow and leaves the text as it was", async ({ page }) => {
    await page.goto(`${articleUrl(article)}#s-4-2`);
    const section = page.locator("section#s-4-2");
    const plainText = await section.textContent();
    const next = page.locator("section#s-4-3");
    await page.goto(`${articleUrl(article)}?hl=${encodeURIComponent("交叉熵")}&hl=${encodeURIComponent("损失函数")}#s-4-2`);
    await expect(page.locator("mark.search-hit")).toHaveText(["损失函数", "交叉熵", "损失函数"]);
    const marked = { section: await section.boundingBox(), next: await next.boundingBox() };
    expect(await section.textContent()).toBe(plainText);
    await page.getByRole("button", { name: "清除" }).click();
    await expect(page.locator("mark.search-hit")).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${articleUrl(article)}#s-4-2$`));
    expect({ section: await section.boundingBox(), next: await next.boundingBox() }).toEqual(marked);
    expect(await section.textContent()).toBe(plainText);
  });

  test("Esc also clears the highlight", async ({ page }) => {
    await page.goto(`${articleUrl(article)}?hl=${encodeURIComponent("交叉熵")}#s-4-2`);
    await expect(page.locator("mark.search-hit")).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(page.locator("mark.search-hit")).toHaveCount(0);
  });
});

test.describe("diagram viewer", () => {
  const article = articles.find((a) => a.diagrams.length > 0) ?? articles[0];
  const scaleOf = (stage: Locator) => stage.evaluate((el) => Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1] ?? 1));

  test.describe("on a touch screen", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("a two-finger pinch zooms in and one finger pans", async ({ page }) => {
      await page.goto(articleUrl(article));
      const figure = page.locator(`figure#${article.diagrams[0].id}`);
      await figure.locator(".diagram-zoom").tap();
      const dialog = figure.locator("dialog.diagram-dialog");
      await expect(dialog).toBeVisible();
      const stage = dialog.locator(".diagram-dialog-stage");
      await expect(stage).toHaveAttribute("style", /scale\(1\)/);
      const box = await dialog.locator(".diagram-dialog-viewport").boundingBox();
      if (!box) throw new Error("viewer has no box");
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: [number, number][]) =>
        cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([px, py], id) => ({ x: px, y: py, id })) });
      await touch("touchStart", [[x - 30, y], [x + 30, y]]);
      for (let spread = 40; spread <= 120; spread += 10) await touch("touchMove", [[x - spread, y], [x + spread, y]]);
      await touch("touchEnd", []);
      const pinched = await scaleOf(stage);
      expect(pinched).toBeGreaterThan(1.3);

      const before = await stage.boundingBox();
      await touch("touchStart", [[x, y]]);
      for (let dx = 10; dx <= 80; dx += 10) await touch("touchMove", [[x + dx, y]]);
      await touch("touchEnd", []);
      const after = await stage.boundingBox();
      expect((after?.x ?? 0) - (before?.x ?? 0)).toBeGreaterThan(40);

      // Fingers moving together zoom back out.
      await touch("touchStart", [[x - 120, y], [x + 120, y]]);
      for (let spread = 110; spread >= 40; spread -= 10) await touch("touchMove", [[x - spread, y], [x + spread, y]]);
      await touch("touchEnd", []);
      expect(await scaleOf(stage)).toBeLessThan(pinched);
    });
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`each diagram opens whole, within the screen, at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      for (const withDiagrams of articles.filter((a) => a.diagrams.length > 0)) {
        await page.goto(articleUrl(withDiagrams));
        for (const diagram of withDiagrams.diagrams) {
          const figure = page.locator(`figure#${diagram.id}`);
          await figure.locator(".diagram-zoom").click();
          const viewport = figure.locator(".diagram-dialog-viewport");
          await expect(viewport).toBeFocused();
          const screen = await viewport.boundingBox();
          // What is drawn: the SVG's content, wherever the SVG box itself ends.
          const drawn = await figure.locator(".diagram-dialog-stage svg > g").first().boundingBox();
          if (!screen || !drawn) throw new Error(`${diagram.id}: viewer has no box`);
          expect(drawn.y, diagram.id).toBeGreaterThanOrEqual(screen.y - 1);
          expect(drawn.y + drawn.height, diagram.id).toBeLessThanOrEqual(screen.y + screen.height + 1);
          expect(drawn.x, diagram.id).toBeGreaterThanOrEqual(screen.x - 1);
          expect(drawn.x + drawn.width, diagram.id).toBeLessThanOrEqual(screen.x + screen.width + 1);
          await page.keyboard.press("Escape");
        }
      }
    });
  }

  test("the wheel zooms around the pointer; keys zoom and reset", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(articleUrl(article));
    const figure = page.locator(`figure#${article.diagrams[0].id}`);
    await figure.locator(".diagram-zoom").click();
    const stage = figure.locator(".diagram-dialog-stage");
    const viewport = figure.locator(".diagram-dialog-viewport");
    await expect(viewport).toBeFocused();
    // The copy keeps the drawing's own styles: its nodes are filled as on the page, not black.
    const fill = (scope: Locator) => scope.locator(".node rect, .node polygon").first().evaluate((el) => getComputedStyle(el).fill);
    expect(await fill(stage)).toBe(await fill(figure.locator(".diagram-svg")));
    const box = await stage.boundingBox();
    if (!box) throw new Error("stage has no box");
    const pointer = { x: box.x + box.width * 0.25, y: box.y + box.height * 0.3 };
    const share = { x: (pointer.x - box.x) / box.width, y: (pointer.y - box.y) / box.height };
    await page.mouse.move(pointer.x, pointer.y);
    // The library zooms a fixed factor per wheel event, a third of a button step: three make one.
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    await expect.poll(() => scaleOf(stage)).toBeCloseTo(1.25, 3);
    const zoomed = await stage.boundingBox();
    if (!zoomed) throw new Error("stage has no box");
    // The point of the drawing under the pointer is still under it.
    expect(Math.abs(zoomed.x + zoomed.width * share.x - pointer.x)).toBeLessThan(2);
    expect(Math.abs(zoomed.y + zoomed.height * share.y - pointer.y)).toBeLessThan(2);
    await page.keyboard.press("0");
    await expect.poll(() => scaleOf(stage)).toBe(1);
    await page.keyboard.press("+");
    await expect.poll(() => scaleOf(stage)).toBeCloseTo(1.25, 5);
  });
});

test("the header marks where the reader is", async ({ page }) => {
  const nav = page.getByRole("navigation", { name: "主导航" });
  await page.goto("/glossary/");
  await expect(nav.getByRole("link", { name: "术语表" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
  await page.goto(articleUrl(articles[0]));
  await expect(nav.getByRole("link", { name: "文章" })).toHaveAttribute("aria-current", "true");
  await page.goto("/");
  await expect(nav.getByRole("link", { name: "文章" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
});

test.describe("the header on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const article = articles[0];
  const farSection = article.sections.at(-1)?.id ?? "";
  const nextArticle = articles[1];

  /** Every scroll position the page takes, frame by frame, from the first script on. */
  async function recordScrolling(context: BrowserContext): Promise<void> {
    await context.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { __scrolls: number[] }).__scrolls = seen;
      const tick = () => {
        if (seen.at(-1) !== Math.round(scrollY)) seen.push(Math.round(scrollY));
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }
  const scrolls = (page: Page) => page.evaluate(() => (window as unknown as { __scrolls: number[] }).__scrolls);

  for (const colorScheme of ["light", "dark"] as const) {
    test(`${colorScheme}: a link to a section far down lands there in one jump, the header at the top`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme });
      await recordScrolling(context);
      const page = await context.newPage();
      await page.goto(`${articleUrl(article)}#${farSection}`);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2000);
      expect((await page.locator(".site-header").boundingBox())?.y).toBe(0);
      // One jump: no position on the way (a glide through the article passes through many).
      const final = await page.evaluate(() => scrollY);
      expect((await scrolls(page)).filter((y) => y > 0 && y < final / 2)).toEqual([]);
      await context.close();
    });
  }

  test("the next article opens at its top in one jump, not gliding up through it", async ({ context, page }) => {
    await recordScrolling(context);
    await page.goto(articleUrl(article));
    const next = page.locator(".article-pager a", { hasText: nextArticle.title });
    await next.scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    await page.evaluate(() => {
      (window as unknown as { __scrolls: number[] }).__scrolls.length = 0;
    });
    const before = await page.evaluate(() => scrollY);
    await next.tap();
    await expect(page).toHaveURL(new RegExp(`${articleUrl(nextArticle)}$`));
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    expect((await page.locator(".site-header").boundingBox())?.y).toBe(0);
    // Near the old position, sections above may still settle (scroll anchoring keeps the view
    // still) and the old page may show for a frame; a glide up would pass through the middle.
    expect((await scrolls(page)).filter((y) => y > 0 && y < before / 2)).toEqual([]);
  });

  test("the reader's own jumps still glide: a table-of-contents link scrolls smoothly", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await recordScrolling(context);
    const page = await context.newPage();
    await page.goto(articleUrl(article));
    await expect(page.locator("html")).toHaveAttribute("data-scroll-behavior", "smooth");
    await page.locator(`#toc a[data-toc-id="${farSection}"]`).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    await expect.poll(async () => (await scrolls(page)).length).toBeGreaterThan(3);
    await context.close();
  });
});
