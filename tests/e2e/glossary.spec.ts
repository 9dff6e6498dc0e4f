import { expect, type Page, test } from "@playwright/test";
import { axeScan, violationList } from "./axe";
import { hydrated } from "./hydration";

/** Console errors and uncaught exceptions of a page, collected for the whole test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

const ARTICLE = "/articles/ai-race-silicon-valley/";

// The box ranks rows it fetches on first focus: on a busy machine that takes more than expect's 5 s.
const rowsLoaded = { timeout: 20_000 };

test.describe("glossary index", () => {
  test("lists every term grouped by letter without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/glossary/");
    await expect(page.getByRole("heading", { level: 1, name: "术语表" })).toBeVisible();
    // content/glossary.json alone has 108 terms; concepts the articles define add more.
    expect(await page.locator(".glossary-row").count()).toBeGreaterThanOrEqual(108);
    await expect(page.locator("#letter-w .glossary-row-term", { hasText: /^微调$/ })).toHaveCount(1);
    await expect(page.locator("#letter-t .glossary-row-term", { hasText: /^TensorFlow$/ })).toHaveCount(1);
    await context.close();
  });

  const searches: [string, string][] = [
    ["微调", "微调"],
    ["fine-tuning", "微调"],
    ["gan", "生成对抗网络"],
    ["weitiao", "微调"],
    ["wei tiao", "微调"],
    ["wt", "微调"],
    ["sjtdxj", "随机梯度下降"],
    ["TENSORFLOW", "TensorFlow"],
    ["lianbang", "联邦学习"],
  ];
  for (const [query, expected] of searches) {
    test(`search "${query}" puts ${expected} first`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto("/glossary/");
      await page.getByLabel("搜索术语").fill(query);
      const first = page.getByRole("option").first();
      await expect(first.locator(".glossary-row-term")).toHaveText(expected, rowsLoaded);
      await expect(first).toHaveAttribute("aria-selected", "true");
      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replace(/%20/g, "(\\+|%20)")}$`));
      expect(errors).toEqual([]);
    });
  }

  test("fetches the term rows for the search box only once the reader turns to it", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith("/search/")) fetched.push(pathname);
    });
    await page.goto("/glossary/");
    const input = page.getByLabel("搜索术语");
    await hydrated(input);
    await page.waitForTimeout(500);
    expect(fetched).toEqual([]);
    await input.focus();
    await expect.poll(() => fetched.some((p) => /^\/search\/glossary\.[0-9a-f]+\.json$/.test(p))).toBe(true);
    await input.fill("wt");
    await expect(page.getByRole("option").first().locator(".glossary-row-term")).toHaveText("微调", rowsLoaded);
  });

  test("a failed load of the rows says so, and the next keystroke tries again", async ({ page }) => {
    let offline = true;
    await page.route("**/search/**", (route) => (offline ? route.abort() : route.continue()));
    await page.goto("/glossary/");
    const input = page.getByLabel("搜索术语");
    await input.fill("wt");
    await expect(page.locator(".glossary-search-status")).toHaveText("术语索引加载失败，请检查网络后重试。", rowsLoaded);
    // The full list stays in place while there are no results to show.
    await expect(page.locator(".glossary-groups")).toBeVisible();
    offline = false;
    await input.press("Backspace");
    await expect(page.getByRole("option").first().locator(".glossary-row-term")).toHaveText("微调", rowsLoaded);
  });

  test("applies ?q= on load and opens the chosen result with the keyboard", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/glossary/?q=xuexi");
    await expect(page.getByLabel("搜索术语")).toHaveValue("xuexi");
    const options = page.getByRole("option");
    await expect(options.first()).toBeVisible(rowsLoaded);
    await expect(page.locator(".glossary-groups")).toBeHidden();
    const names = await options.locator(".glossary-row-term").allTextContents();
    expect(names).toContain("学习率");
    const target = names.indexOf("学习率");
    const input = page.getByLabel("搜索术语");
    for (let i = 0; i < target; i++) await input.press("ArrowDown");
    await expect(options.nth(target)).toHaveAttribute("aria-selected", "true");
    await input.press("Enter");
    await expect(page).toHaveURL(/\/glossary\/learning-rate\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("学习率");
    expect(errors).toEqual([]);
  });

  test("shows the full list again when the query is cleared", async ({ page }) => {
    await page.goto("/glossary/?q=gan");
    // The page takes the query from the address once it is interactive; then the reader clears it.
    await expect(page.getByLabel("搜索术语")).toHaveValue("gan");
    await page.getByLabel("搜索术语").fill("");
    await expect(page.locator(".glossary-groups")).toBeVisible();
    await expect(page).toHaveURL(/\/glossary\/$/);
  });

  test("passes axe-core", async ({ page }) => {
    await page.goto("/glossary/?q=wt");
    await expect(page.getByRole("option").first()).toBeVisible(rowsLoaded);
    expect(violationList(await axeScan(page))).toEqual([]);
  });
});

test.describe("term pages", () => {
  test("every term has a page and every backlink lands on an existing element", async ({ page, request }) => {
    await page.goto("/glossary/");
    const hrefs = await page.locator(".glossary-row-term").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThanOrEqual(108);
    const articleIds = new Map<string, Set<string>>();
    const idsOf = async (path: string) => {
      let ids = articleIds.get(path);
      if (!ids) {
        const html = await (await request.get(path)).text();
        ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
        articleIds.set(path, ids);
      }
      return ids;
    };
    const missing: string[] = [];
    let backlinks = 0;
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const html = await response.text();
      for (const m of html.matchAll(/class="glossary-backlink" data-section="[^"]+" href="([^"#]+)#([^"]+)"|href="([^"#]+)#([^"]+)" class="glossary-backlink"/g)) {
        const [path, id] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
        backlinks++;
        if (!(await idsOf(path)).has(id)) missing.push(`${href} → ${path}#${id}`);
      }
    }
    expect(backlinks).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  test("shows term, aliases, pinyin, definitions, backlinks, related terms and neighbours", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/glossary/fine-tuning/");
    await expect(page).toHaveTitle(/^微调 · 术语表/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /微调/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /预训练模型/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("微调");
    await expect(page.locator(".glossary-entry-english")).toContainText("Fine-tuning");
    await expect(page.locator(".glossary-entry-facts")).toContainText("wēi tiáo");
    await expect(page.locator(".glossary-entry-facts")).toContainText("模型微调");
    // 002 defines 模型微调 in its core-concepts list (§2.1): quoted with a link to that section.
    const quote = page.locator(".glossary-quote").first();
    await expect(quote).toContainText("利用少量标注数据");
    await expect(quote.getByRole("link")).toHaveAttribute("href", "/articles/ai-infra-jia-yangqing/#s-2-1");
    await expect(page.locator(".glossary-backlinks h3")).toContainText([/硅谷的AI竞赛/]);
    await expect(page.locator(".glossary-snippet mark").first()).toHaveText(/微调|Fine-tuning|模型微调/i);
    await expect(page.locator(".glossary-related a", { hasText: "预训练" })).toHaveCount(1);
    await expect(page.locator('a[rel="prev"]')).toBeVisible();
    await expect(page.locator('a[rel="next"]')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a quoted article definition that a note corrects links to that note", async ({ page }) => {
    await page.goto("/glossary/transformer/");
    const quote = page.locator(".glossary-quote", { hasText: "由贾扬清提出的" });
    const badge = quote.locator('a.note-link[href="/notes/#transformer-concept-not-jia"]');
    await expect(badge).toHaveCount(1);
    await badge.click();
    await expect(page.locator("#transformer-concept-not-jia")).toBeVisible();
  });

  test("passes axe-core", async ({ page }) => {
    await page.goto("/glossary/transformer/");
    expect(violationList(await axeScan(page))).toEqual([]);
  });
});

test.describe("term links in articles", () => {
  test("link mentions in prose, never in headings, code or math", async ({ page }) => {
    await page.goto(ARTICLE);
    const links = page.locator("a.term-link");
    expect(await links.count()).toBeGreaterThan(50);
    expect(await page.locator(":is(h1,h2,h3,h4,h5,h6,pre,code,.katex) a.term-link").count()).toBe(0);
    // First mention per section only: no term is linked twice inside one section's own blocks.
    const dupes = await page.evaluate(() => {
      const out: string[] = [];
      for (const section of document.querySelectorAll("section[id]")) {
        const seen = new Set<string>();
        for (const a of section.querySelectorAll<HTMLAnchorElement>(":scope > :not(section) a.term-link")) {
          const id = a.dataset.term ?? "";
          if (seen.has(id)) out.push(`${section.id}:${id}`);
          seen.add(id);
        }
      }
      return out;
    });
    expect(dupes).toEqual([]);
  });

  test("hover shows the preview card with the definition; Esc closes it", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    const link = page.locator('#s-3-4 a.term-link[data-term="nlp"]').first();
    await hydrated(link);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const card = page.getByRole("tooltip");
    await expect(card).toBeVisible();
    await expect(card).toContainText("自然语言处理");
    await expect(card).toContainText("NLP");
    await expect(card).toContainText("理解和生成人类语言");
    await expect(card.getByRole("link", { name: /查看词条/ })).toHaveAttribute("href", "/glossary/nlp/");
    await expect(link).toHaveAttribute("aria-describedby", "term-preview");
    // The card sits beside the word, never over it.
    const word = await link.boundingBox();
    const box = await card.boundingBox();
    expect(word && box).toBeTruthy();
    if (word && box) {
      const overlaps =
        box.x < word.x + word.width && word.x < box.x + box.width && box.y < word.y + word.height && word.y < box.y + box.height;
      expect(overlaps).toBe(false);
    }
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await expect(link).not.toHaveAttribute("aria-describedby", "term-preview");
    expect(errors).toEqual([]);
  });

  // A fake clock makes "within 200 ms" a statement about the page's own timers, not about how
  // busy the test machine is: hover waits out a short rest delay, focus opens at once.
  test("hover opens the preview once the pointer has rested, well within 200 ms of page time", async ({ page }) => {
    await page.clock.install();
    await page.goto(ARTICLE);
    const link = page.locator('#s-3-4 a.term-link[data-term="nlp"]').first();
    await hydrated(link);
    await link.scrollIntoViewIfNeeded();
    // Stop the page's time: from here only runFor moves it.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    await link.hover();
    await page.clock.runFor(50);
    // Real time passing does not open it: only the page's (fake) clock does.
    await page.waitForTimeout(300);
    await expect(page.getByRole("tooltip")).toHaveCount(0);
    await page.clock.runFor(150);
    await expect(page.getByRole("tooltip")).toBeVisible();
  });

  test("keyboard focus shows the preview without waiting for any timer; Esc closes it", async ({ page }) => {
    await page.clock.install();
    await page.goto(ARTICLE);
    const link = page.locator("a.term-link").first();
    await hydrated(link);
    await link.focus();
    await expect(page.getByRole("tooltip")).toBeVisible();
    await expect(page.getByRole("tooltip")).toContainText((await link.textContent()) ?? "");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("tooltip")).toBeHidden();
    await expect(link).toBeFocused();
  });

  test("on touch the first tap previews and the second follows the link", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const link = page.locator('a.term-link[data-term="deep-learning"]').first();
    await hydrated(link);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(page.getByRole("tooltip")).toContainText("深度学习");
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await link.tap();
    await expect(page).toHaveURL(/\/glossary\/deep-learning\/$/);
    await context.close();
  });

  test("concept cards link to their glossary entries", async ({ page }) => {
    await page.goto("/articles/ai-infra-jia-yangqing/");
    await expect(page.locator('.concept-card .concept-more a[href="/glossary/transformer/"]')).toHaveCount(1);
    await expect(page.locator('.concept-card .concept-more a[href="/glossary/fine-tuning/"]')).toHaveCount(1);
  });

  test("inline only the preview data of terms linked on the page", async ({ request }) => {
    const html = await (await request.get(ARTICLE)).text();
    // 自注意力 appears only in article 002, so its definition must not ride along on article 000.
    expect(html).not.toContain("查询（Q）与所有位置的键（K）");
    expect(html).toContain("理解和生成人类语言");
  });
});
