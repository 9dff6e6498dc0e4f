import { expect, type Page, test } from "@playwright/test";
import type { Element as HastElement } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { checkBuiltSite } from "../../lib/links/check";
import { svgDangers } from "../render/svgDangers";
import { fixtureSite } from "../support/fixtureSite";

/**
 * Articles full of script payloads (tests/fixtures/site/hostile-*.md) are built into the fixture site and
 * served WITHOUT a CSP, so this checks the markup alone: on every page where a payload appears,
 * hovering and clicking every link and button runs no script — the `window.__pwned` canary is
 * never assigned, no dialog opens — and the article's ordinary text is still shown.
 */

// Built (or found up to date) when the spec loads: the payload pages decide which tests there are.
fixtureSite.build();
const payloadPages = fixtureSite
  .pages()
  .filter((page) => page.html.includes("__pwned"))
  .map((page) => page.urlPath);
// Search results quote the article text: the payloads appear there too once a query matches.
payloadPages.push("/search/?q=pwned", "/search/?q=%3Cscript%3E");

/**
 * The payload pages in groups of one page, except that an article and its share pages form one
 * group: a share page forwards to its article, which is exercised once.
 */
const pageGroups = new Map<string, string[]>();
for (const url of payloadPages) {
  const group = url.match(/^\/articles\/[^/]+\//)?.[0] ?? url;
  pageGroups.set(group, [...(pageGroups.get(group) ?? []), url]);
}

let site: { origin: string; close: () => Promise<void> };

test.beforeAll(async () => {
  site = await fixtureSite.serve();
});

test.afterAll(async () => {
  await site?.close();
});

/** Any assignment to window.__pwned (or parent.__pwned from a frame) and any dialog is recorded. */
async function armCanary(page: Page): Promise<string[]> {
  const hits: string[] = [];
  await page.exposeBinding("__reportPwned", (_source, value: string) => {
    hits.push(`__pwned = ${value}`);
  });
  page.on("dialog", (dialog) => {
    hits.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, "__pwned", {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => (window as unknown as { __reportPwned: (v: string) => void }).__reportPwned(String(value)),
    });
    // Links to other pages are visited on their own; here a click may only run in-page handlers.
    document.addEventListener(
      "click",
      (event) => {
        const link = (event.target as Element | null)?.closest?.("a[href]");
        if (link && /^(https?:|mailto:)/i.test((link as HTMLAnchorElement).href)) event.preventDefault();
      },
      true,
    );
  });
  return hits;
}

/**
 * Loads `url` and hovers and clicks every link and button on the page it ends on. A share page
 * forwards to its section of the article: once that article has been exercised, loading the share
 * page (whose own markup carries the payloads) is the part left to check.
 */
async function exercise(page: Page, url: string, exercised: Set<string>): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  const landed = new URL(page.url());
  landed.hash = "";
  if (exercised.has(landed.href)) return;
  exercised.add(landed.href);
  const targets = page.locator("main a[href], main button, main summary, header a[href]");
  const count = await targets.count();
  for (let index = 0; index < count; index++) {
    const target = targets.nth(index);
    if (!(await target.isVisible())) continue;
    await target.hover({ timeout: 2000 }).catch(() => {});
    await target.click({ timeout: 2000 }).catch(() => {});
    await page.keyboard.press("Escape");
  }
  await page.waitForTimeout(200);
}

test("the hostile fixtures appear on article, share and glossary pages", () => {
  expect(payloadPages).toContain("/articles/hostile-prose/");
  expect(payloadPages).toContain("/articles/hostile-blocks/");
  expect(payloadPages.some((url) => url.includes("/s/"))).toBe(true);
  // The bold term with an <img onerror> became a glossary entry of its own.
  expect(payloadPages.some((url) => /^\/glossary\/img-src-x-onerror/.test(url))).toBe(true);
  // The fixture's own glossary: payloads in a curated term's name, alias and definition.
  expect(payloadPages).toContain("/glossary/payload/");
  expect(payloadPages).toContain("/glossary/injection/");
});

test("the built hostile site emits no link with a script-running scheme on any page", () => {
  const unsafe = checkBuiltSite(fixtureSite.outDir).filter((problem) => problem.message.startsWith("unsafe URL scheme"));
  expect(unsafe).toEqual([]);
});

/** The inlined diagram SVGs of a built page, as markup. */
function diagramSvgs(html: string): string[] {
  const svgs: string[] = [];
  visit(fromHtml(html), "element", (element: HastElement) => {
    const classes = element.properties.className;
    if (Array.isArray(classes) && classes.includes("diagram-svg")) svgs.push(toHtml(element.children));
  });
  return svgs;
}

test("the article whose Mermaid labels carry <img>, links, <template> and <math> passes the strict link check", () => {
  // Mermaid keeps <img src="x"> from a label like A["<img src=x onerror=…>"]; the link checker used to
  // fail the whole build on it. The sanitizer removes it, so nothing of the diagrams is left to judge.
  const pages = fixtureSite.pages().filter((page) => page.urlPath.startsWith("/articles/hostile-blocks/"));
  const svgs = pages.flatMap((page) => diagramSvgs(page.html));
  // Two diagrams on the article page: one SVG each for both themes, or one per theme.
  expect(svgs.length).toBeGreaterThanOrEqual(2);
  for (const svg of svgs) expect(svgDangers(svg)).toEqual([]);
  const problems = checkBuiltSite(fixtureSite.outDir).filter((problem) => problem.file.startsWith("articles/hostile-blocks/"));
  expect(problems).toEqual([]);
});

// One test per group, so the groups spread over the workers.
for (const [group, urls] of pageGroups) {
  test(`no payload runs on ${group}${urls.length > 1 ? " or its share pages" : ""}, even when every link and button is hovered and clicked`, async ({ page }) => {
    test.setTimeout(5 * 60_000);
    const hits = await armCanary(page);
    const exercised = new Set<string>();
    for (const url of urls) {
      await exercise(page, `${site.origin}${url}`, exercised);
      expect(hits, url).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), url).toBeUndefined();
    }
  });
}

test("the ordinary text of the hostile articles is still shown", async ({ page }) => {
  await armCanary(page);
  await page.goto(`${site.origin}/articles/hostile-prose/`);
  await expect(page.getByText("安全样例正文仍然可见", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("安全样例结尾段落", { exact: false }).first()).toBeVisible();
  // Raw HTML is shown as text, not dropped and not live.
  await expect(page.getByText("覆盖整页的层", { exact: false }).first()).toBeVisible();
  await expect(page.locator("main iframe, main object, main embed, main form, main input")).toHaveCount(0);
  await page.goto(`${site.origin}/articles/hostile-blocks/`);
  await expect(page.getByText("公式块之后的正常文字仍然可见").first()).toBeVisible();
  await expect(page.getByText("图之后的正常文字仍然可见").first()).toBeVisible();
  await expect(page.locator("main a[href^='javascript:' i], main [href^='data:' i]")).toHaveCount(0);
});
