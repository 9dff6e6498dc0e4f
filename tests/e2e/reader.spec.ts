import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import type { Article } from "@/lib/content/schema";
import { axeScan, axeScanInBothSchemes, violationList, violationsInBothSchemes } from "./axe";
import { holdSharePage } from "./holdSharePage";
import { hydrated } from "./hydration";
import { siteCorpus } from "../support/siteCorpus";

/**
 * The reader against the production build: every article renders what the corpus holds, deep links
 * land on their section, copying puts the right text on the clipboard,
 * the theme sticks, phones get no sideways scroll, and axe finds nothing serious.
 */

const corpus = await siteCorpus();
const articles = corpus.articles;

function articleUrl(article: Article): string {
  return `/articles/${article.slug}/`;
}

/** Console errors and uncaught exceptions while the page is open. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
}

test.describe("every article renders its corpus", () => {
  for (const article of articles) {
    test(`${article.slug}: math, diagrams, sections, FAQ and code match the corpus`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(articleUrl(article));
      const body = page.locator("article.article");

      await expect(page.locator("h1")).toHaveText(article.title);
      await expect(body.locator(".katex")).toHaveCount(article.formulas.length);
      await expect(body.locator(".katex-display")).toHaveCount(article.formulas.filter((f) => f.display).length);
      await expect(body.locator(".katex-error")).toHaveCount(0);

      await expect(body.locator("figure.diagram")).toHaveCount(article.diagrams.length);
      // One SVG per diagram, drawing both themes (lib/render/diagramThemes.ts).
      await expect(body.locator(".diagram-svg > svg[aria-roledescription]")).toHaveCount(article.diagrams.length);
      for (const diagram of article.diagrams) {
        await expect(page.locator(`figure#${diagram.id} .diagram-number`)).toHaveText(`图 ${diagram.number}`);
      }

      const ids = [...article.sections.map((s) => s.id), ...article.faq.map((f) => f.id), ...article.code.map((c) => c.id)];
      const counts = await page.evaluate((wanted) => wanted.map((id) => document.querySelectorAll(`[id="${id}"]`).length), ids);
      expect(Object.fromEntries(ids.map((id, i) => [id, counts[i]]))).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
      for (const faq of article.faq) {
        await expect(page.locator(`details#${faq.id}`)).toHaveCount(1);
      }

      const highlighted = article.code.filter((c) => c.lang === "python" || c.lang === "bash").length;
      expect(await body.locator(".code-block pre.shiki").count()).toBeGreaterThanOrEqual(highlighted);

      // Nothing attached to the page may be missing or throw.
      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    });
  }
});

test("home lists the articles in manifest order with their counts", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator(".article-card");
  await expect(cards).toHaveCount(articles.length);
  for (const [i, article] of articles.entries()) {
    await expect(cards.nth(i).locator("h2")).toHaveText(article.title);
    await expect(cards.nth(i).locator(".card-meta")).toContainText(`${article.diagrams.length} 图`);
    await expect(cards.nth(i).locator(".card-meta")).toContainText(`${article.faq.length} 问答`);
  }
});

test("an article page carries description, keywords and JSON-LD Article", async ({ request }) => {
  const article = articles[0];
  const html = await (await request.get(articleUrl(article))).text();
  expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
  expect(html).toContain(`<meta name="keywords" content="${article.keywords.join(",")}"`);
  const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? "{}";
  const data = JSON.parse(jsonLd) as { "@type"?: string; headline?: string; inLanguage?: string };
  expect(data["@type"]).toBe("Article");
  expect(data.headline).toBe(article.title);
  expect(data.inLanguage).toBe("zh-CN");
});

test("sitemap.xml lists every article and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const article of articles) expect(sitemap).toContain(`/articles/${article.slug}/</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("a diagram shows its source on demand and opens full screen with zoom", async ({ page }) => {
  const article = articles.find((a) => a.diagrams.length > 0) ?? articles[0];
  const diagram = article.diagrams[0];
  await page.goto(articleUrl(article));
  const figure = page.locator(`figure#${diagram.id}`);
  await figure.locator(".diagram-source summary").click();
  await expect(figure.locator(".diagram-source pre")).toHaveText(diagram.source);
  await figure.locator(".diagram-zoom").click();
  const dialog = figure.locator("dialog.diagram-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("svg")).toHaveCount(1);
  const stage = dialog.locator(".diagram-dialog-stage");
  await dialog.getByRole("button", { name: "放大" }).click();
  await expect(stage).toHaveAttribute("style", /scale\(1\.25\d*\)/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});


test("every diagram label fits the box Mermaid measured for it, mixed Chinese and Latin included", async ({ page }) => {
  const withDiagrams = articles.filter((a) => a.diagrams.length > 0);
  expect(withDiagrams.length).toBeGreaterThan(0);
  for (const article of withDiagrams) {
    // A fragment lays out every section, so every diagram is drawn.
    await page.goto(`${articleUrl(article)}#${article.diagrams.at(-1)?.id}`);
    const overflowing = await page.locator(".diagram-svg svg foreignObject").evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        const label = box.querySelector("p, span");
        if (!label) return [];
        const range = document.createRange();
        range.selectNodeContents(label);
        const over = range.getBoundingClientRect().width - box.getBoundingClientRect().width;
        return over > 0.5 ? [`${label.textContent} (${over.toFixed(1)} px)`] : [];
      }),
    );
    expect(overflowing, article.slug).toEqual([]);
  }
});
test("a listing nested in a list looks like any other listing; inline code keeps its own look", async ({ page }) => {
  await page.goto("/articles/lepton-ai-llm-era/#s-5-1");
  const look = (locator: import("@playwright/test").Locator) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return { fontSize: style.fontSize, background: style.backgroundColor, padding: style.padding };
    });
  const nested = page.locator(".prose li .code-block pre code").first();
  const topLevel = page.locator(".section > .code-block pre code").first();
  await expect(nested).toBeVisible();
  expect(await look(nested)).toEqual(await look(topLevel));
  await page.goto("/articles/ai-race-silicon-valley/");
  const inline = await look(page.locator(".prose p > code").first());
  expect(inline.background).not.toBe("rgba(0, 0, 0, 0)");
});

test("a deep link lands the section just below the sticky header and highlights it", async ({ page }) => {
  const article = articles[0];
  const section = article.sections.find((s) => s.level === 3 && s.blocks.length > 0) ?? article.sections[1];
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto(`${articleUrl(article)}#${section.id}`);
  const header = await page.locator(".site-header").boundingBox();
  const heading = page.locator(`section#${section.id} > .heading`);
  await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual((header?.height ?? 0) - 1);
  const top = (await heading.boundingBox())?.y ?? 0;
  expect(top).toBeLessThan((header?.height ?? 0) + 80);
  expect(await heading.evaluate((el) => getComputedStyle(el).animationName)).toBe("target-flash");
});

test.describe("sections below the fold", () => {
  const article = articles[0];
  const topLevel = article.sections.filter((s) => s.level === 2);
  const lazyMark = () => document.documentElement.hasAttribute("data-lazy-sections");
  const contentVisibility = (page: Page, id: string) => page.locator(`section#${id}`).evaluate((el) => getComputedStyle(el).contentVisibility);

  test("a fresh load lays them out only near the viewport; a TOC jump lays out all and lands on its heading", async ({ page }) => {
    const last = topLevel[topLevel.length - 1];
    await page.goto(articleUrl(article));
    expect(await page.evaluate(lazyMark)).toBe(true);
    expect(await contentVisibility(page, last.id)).toBe("auto");

    await page.locator(`#toc a[href="#${last.id}"]`).click();
    expect(await page.evaluate(lazyMark)).toBe(false);
    expect(await contentVisibility(page, last.id)).toBe("visible");
    const header = await page.locator(".site-header").boundingBox();
    const heading = page.locator(`section#${last.id} > .heading`);
    // The jump scrolls smoothly: wait for the heading to come to rest just below the sticky header.
    const below = header?.height ?? 0;
    await expect.poll(async () => Math.round((await heading.boundingBox())?.y ?? -1)).toBeGreaterThanOrEqual(Math.floor(below) - 1);
    await expect.poll(async () => (await heading.boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(below + 80);
    expect((await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(Math.floor(below) - 1);
  });

  test("a load with a fragment and a reload lay out everything, so the jump and the restored offset are exact", async ({ page }) => {
    await page.goto(`${articleUrl(article)}#${topLevel[3].id}`);
    expect(await page.evaluate(lazyMark)).toBe(false);
    await page.goto(articleUrl(article));
    expect(await page.evaluate(lazyMark)).toBe(true);
    await page.reload();
    expect(await page.evaluate(lazyMark)).toBe(false);
  });

  test("keyboard focus lays out everything before it moves the page", async ({ page }) => {
    await page.goto(articleUrl(article));
    expect(await page.evaluate(lazyMark)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(lazyMark)).toBe(false);
  });

  test("print shows every section however far it is", async ({ page }) => {
    await page.goto(articleUrl(article));
    await page.emulateMedia({ media: "print" });
    const last = topLevel[topLevel.length - 1];
    expect(await contentVisibility(page, last.id)).toBe("visible");
  });
});

test("scroll-spy marks the section being read in the TOC and the progress bar follows", async ({ page }) => {
  const article = articles[0];
  const section = article.sections.find((s) => s.level === 2 && s.number === "4") ?? article.sections[6];
  await page.goto(articleUrl(article));
  await expect(page.locator("#toc a[aria-current]")).toHaveCount(0);
  // Read down to it with the wheel, as a reader does: sections are laid out as they near the viewport.
  await page.mouse.move(400, 400);
  const top = () => page.locator(`section#${section.id}`).evaluate((el) => el.getBoundingClientRect().top);
  for (let step = 0, y = await top(); step < 100 && y > 90; step++, y = await top()) {
    await page.mouse.wheel(0, Math.min(600, Math.max(20, y - 60)));
    await page.waitForTimeout(50);
  }
  await expect(page.locator("#toc a[aria-current]")).toHaveAttribute("href", `#${section.id}`);
  // The end moves while the last sections are laid out: go there until it stays.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
      return page.locator(".reading-progress").getAttribute("style");
    })
    .toMatch(/scaleX\(1\)/);
});

test("on a wide screen the TOC column keeps the section being read in sight", async ({ page }) => {
  // The article with the longest TOC: its list is taller than the column at 1280×720.
  const article = [...articles].sort((a, b) => b.sections.length - a.sections.length)[0];
  const last = article.sections[article.sections.length - 1];
  await page.goto(articleUrl(article));
  const toc = page.locator("nav#toc");
  expect(await toc.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  expect(await toc.evaluate((el) => el.scrollTop)).toBe(0);
  await page.mouse.move(700, 400);
  const current = toc.locator("a[aria-current]");
  await expect
    .poll(async () => {
      await page.locator(`#${last.id}`).evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
      return current.getAttribute("href");
    })
    .toBe(`#${last.id}`);
  const inSight = () =>
    current.evaluate((link) => {
      const box = (link.closest("nav") as HTMLElement).getBoundingClientRect();
      const own = link.getBoundingClientRect();
      // A pixel of slack: layout is fractional.
      return own.top >= box.top - 1 && own.bottom <= box.bottom + 1;
    });
  await expect.poll(inSight).toBe(true);
  // Back at the top, the first entry is in sight again.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await page.locator(`#${article.sections[0].id}`).evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
  await expect(current).toHaveAttribute("href", `#${article.sections[0].id}`);
  await expect.poll(inSight).toBe(true);
});

test.describe("at the end of an article", () => {
  // A tall window, so the short last section of china-llm-market (参考文献, four references) ends
  // the page well below the line a section passes to become current.
  test.use({ viewport: { width: 1280, height: 1000 } });

  test("the TOC marks the last section, though it never reaches the top", async ({ page }) => {
    const article = articles.find((a) => a.slug === "china-llm-market") ?? articles[3];
    const last = article.sections[article.sections.length - 1];
    expect(last.title).toBe("参考文献");
    await page.goto(articleUrl(article));
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
        return page.locator("#toc a[aria-current]").getAttribute("href");
      })
      .toBe(`#${last.id}`);
    expect(await page.locator(`#${last.id}`).evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(96);
  });
});

test.describe("coming back to an article", () => {
  const article = articles[0];
  // A section the TOC lists, half-way through: level 2, number 4.
  const section = article.sections.find((s) => s.level === 2 && s.number === "4") ?? article.sections[6];
  const offer = (page: Page) => page.getByRole("complementary", { name: "继续阅读" });
  /** The section kept as the place in this article, or null. */
  const kept = (page: Page) =>
    page.evaluate((slug) => (JSON.parse(localStorage.getItem("reading-places") ?? "[]") as string[][]).find(([entry]) => entry === slug)?.[1] ?? null, article.slug);
  /** Hydrated, and a moment more for effects: an offer would be showing by now. */
  async function settled(page: Page) {
    await hydrated(page.locator("main"));
    await page.waitForTimeout(300);
  }

  /** Reads down to `section` (its heading at the top), then waits until the place is kept. */
  async function readTo(page: Page) {
    await page.goto(articleUrl(article));
    // Where the page opens is not a place the reader chose: scroll once the page listens.
    await hydrated(page.locator("main"));
    // Sections above it take their real height as they are laid out: scroll until it stays.
    await expect
      .poll(async () => {
        await page.locator(`#${section.id}`).evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
        return kept(page);
      })
      .toBe(section.id);
  }

  test("offers the section left off at, and taking it lands there", async ({ page }) => {
    await readTo(page);
    await page.goto("/");
    await page.goto(articleUrl(article));
    await expect(offer(page)).toBeVisible();
    await expect(offer(page).getByRole("link")).toHaveText(`上次读到 ${section.number} ${section.title}`);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // On this wide screen the TOC column runs to the bottom edge: the offer covers none of its links.
    const covered = await offer(page).evaluate((pill) => {
      const box = pill.getBoundingClientRect();
      return [...document.querySelectorAll("#toc a")]
        .map((link) => ({ text: link.textContent, rect: link.getBoundingClientRect() }))
        .filter(({ rect }) => rect.height > 0 && rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top)
        .map(({ text }) => text);
    });
    expect(covered).toEqual([]);
    const axe = await axeScan(page, ".resume-reading");
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await offer(page).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
    await expect.poll(() => page.locator(`#${section.id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(120);
    await expect(offer(page)).toHaveCount(0);
  });

  test("is not offered on a link to a section, on reload, nor once dismissed", async ({ page }) => {
    await readTo(page);
    await page.reload();
    await settled(page);
    await expect(offer(page)).toHaveCount(0);
    await page.goto(`${articleUrl(article)}#${article.sections[1].id}`);
    await settled(page);
    await expect(offer(page)).toHaveCount(0);
    await page.goto("/");
    await page.goto(articleUrl(article));
    await offer(page).getByRole("button", { name: "不用了" }).click();
    await expect(offer(page)).toHaveCount(0);
    expect(await kept(page)).toBeNull();
    await page.goto("/");
    await page.goto(articleUrl(article));
    await settled(page);
    await expect(offer(page)).toHaveCount(0);
  });

  test("an article read to the end is not offered again", async ({ page }) => {
    await readTo(page);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
        return kept(page);
      })
      .toBeNull();
    await page.goto("/");
    await page.goto(articleUrl(article));
    await settled(page);
    await expect(offer(page)).toHaveCount(0);
  });
});

test("a FAQ deep link opens its question", async ({ page }) => {
  const article = articles.find((a) => a.faq.length > 0) ?? articles[0];
  const faq = article.faq[article.faq.length - 1];
  await page.goto(`${articleUrl(article)}#${faq.id}`);
  await expect(page.locator(`details#${faq.id}`)).toHaveAttribute("open", "");
  await expect(page.locator(`details#${faq.id} summary`)).toContainText(faq.question);
});

test.describe("copying", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a code block's copy button copies the code and announces 已复制", async ({ page }) => {
    const article = articles.find((a) => a.code.some((c) => c.lang === "python")) ?? articles[0];
    const code = article.code.find((c) => c.lang === "python") ?? article.code[0];
    await page.goto(articleUrl(article));
    const block = page.locator(`#${code.id}`);
    await block.locator(".code-copy").focus();
    await page.keyboard.press("Enter");
    await expect(block.locator("[aria-live]")).toHaveText("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.code.replace(/\n$/, ""));
  });
});

test("the theme chosen in the appearance menu persists across reloads and switches diagrams and code", async ({ page }) => {
  const article = articles[0];
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(articleUrl(article));
  const html = page.locator("html");
  const chooseTheme = async (name: string) => {
    await page.getByRole("button", { name: "外观设置" }).click();
    await page.getByRole("dialog", { name: "外观设置" }).getByRole("radio", { name }).check();
    await page.keyboard.press("Escape");
  };
  await expect(html).toHaveAttribute("data-theme", "light");
  await chooseTheme("深色");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  const node = page.locator("figure.diagram .node rect, figure.diagram .node polygon").first();
  const fill = () => node.evaluate((el) => getComputedStyle(el).fill);
  const darkFill = await fill();
  // Paper gets the light drawing whatever the screen shows.
  await page.emulateMedia({ media: "print" });
  const printFill = await fill();
  await page.emulateMedia({ media: "screen" });
  await chooseTheme("浅色");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await fill()).not.toBe(darkFill);
  expect(await fill()).toBe(printFill);
});

test("the system dark preference applies before first paint when nothing is stored", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await context.close();
});

test.describe("phones", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  for (const path of ["/", ...articles.map(articleUrl)]) {
    test(`${path} has no horizontal page scroll at 360 px`, async ({ page }) => {
      await page.goto(path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }

  test("the TOC sheet opens at the current section, a jump closes it, so does Escape", async ({ page }) => {
    const article = articles[0];
    await page.goto(articleUrl(article));
    await hydrated(page.locator("main"));
    const sheet = page.locator("nav#toc");
    const open = page.getByRole("button", { name: "目录", exact: true });
    await expect(sheet).toBeHidden();

    // Read far down first: opened there, the sheet shows the entry of the section being read,
    // which lies well below the sheet's first screen of entries.
    const entries = await sheet.locator("a[data-toc-id]").evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.tocId ?? ""));
    const far = entries[Math.floor(entries.length * 0.75)];
    expect(entries.length).toBeGreaterThan(20);
    await page.goto(`${articleUrl(article)}#${far}`);
    const current = sheet.locator("a[aria-current]");
    await expect.poll(async () => entries.indexOf((await current.getAttribute("data-toc-id")) ?? "")).toBeGreaterThan(entries.length / 2);
    await open.click();
    await expect(sheet).toBeVisible();
    await expect(current).toBeInViewport();

    const target = article.sections[4];
    await sheet.locator(`a[href="#${target.id}"]`).click();
    await expect(sheet).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));

    await open.click();
    await expect(sheet).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(open).toBeVisible();
  });
});

/** Both colour schemes, from one load (axe.ts): the serious and critical violations in each. */
async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await violationsInBothSchemes(page, { seriousOnly: true })).toEqual({ light: [], dark: [] });
}

test.describe("accessibility (axe, no serious or critical violations, light and dark)", () => {
  test("the scan finds what it should: an image without a name and text too faint to read", async ({ page }) => {
    await page.goto("/");
    // After hydration, which would take out nodes React did not render.
    await hydrated(page.locator("main"));
    await page.evaluate(() => {
      document.querySelector("main")?.insertAdjacentHTML("afterbegin", '<img src="/icon.svg"><p style="color:#eee;background:#fff">浅灰的字</p>');
    });
    await expect(page.locator("main img")).toHaveCount(1);
    const ids = (await axeScan(page)).violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(["image-alt", "color-contrast"]));
  });

  test("the dark scan scans the dark page: text faint only in dark is found", async ({ page }) => {
    await page.goto("/");
    await hydrated(page.locator("main"));
    await page.addStyleTag({ content: '[data-theme="dark"] .faint-in-dark{color:#222}' });
    await page.evaluate(() => document.querySelector("main")?.insertAdjacentHTML("afterbegin", '<p class="faint-in-dark">只在深色里看不清</p>'));
    const scans = await axeScanInBothSchemes(page, "main");
    expect(violationList(scans.light)).toEqual([]);
    expect(violationList(scans.dark, { seriousOnly: true })).toEqual(["color-contrast: .faint-in-dark"]);
  });

  // One test per page, so the scans (2–8 s each) spread over the workers.
  test("home", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousViolations(page);
  });

  for (const article of articles) {
    test(`article ${article.slug}`, async ({ page }) => {
      await page.goto(articleUrl(article));
      await expectNoSeriousViolations(page);
    });
  }

  test("a share page", async ({ page }) => {
    await holdSharePage(page);
    await page.goto(`/articles/${articles[0].slug}/s/${articles[0].sections[1].id}/`);
    await expect(page.locator("main h1")).toHaveText(`${articles[0].sections[1].number} ${articles[0].sections[1].title}`);
    await expectNoSeriousViolations(page);
  });

  test("404", async ({ page }) => {
    const response = await page.goto("/no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("找不到这个页面");
    await expectNoSeriousViolations(page);
  });
});

// Full-page captures of every article for a person to look at; they assert nothing, so they run on
// request only: SCREENSHOTS=1 npx playwright test -g "screenshots for review".
test.describe("screenshots for review (artifacts/)", () => {
  test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to capture");
  const shots: { name: string; width: number; height: number; theme: "light" | "dark" }[] = [
    { name: "desktop", width: 1366, height: 900, theme: "light" },
    { name: "desktop", width: 1366, height: 900, theme: "dark" },
    { name: "mobile", width: 390, height: 844, theme: "light" },
    { name: "mobile", width: 390, height: 844, theme: "dark" },
  ];
  for (const article of articles) {
    test(`${article.slug}`, async ({ browser }) => {
      test.setTimeout(180_000);
      for (const shot of shots) {
        const context: BrowserContext = await browser.newContext({
          viewport: { width: shot.width, height: shot.height },
          colorScheme: shot.theme,
          isMobile: shot.name === "mobile",
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        await page.goto(articleUrl(article));
        await page.screenshot({ path: `artifacts/reader/${article.slug}-${shot.name}-${shot.theme}.png`, fullPage: true });
        await context.close();
      }
    });
  }
});
