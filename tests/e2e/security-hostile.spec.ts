import { expect, type Page, test } from "@playwright/test";
import { checkBuiltSite } from "../../lib/links/check";
import { buildHostileSite, hostileOutDir, hostilePages, serveHostileSite } from "../security/hostileSite";

/**
 * Articles full of script payloads (tests/security/fixtures/hostile) are built into a site and
 * served WITHOUT a CSP, so this checks the markup alone: on every page where a payload appears,
 * hovering and clicking every link and button runs no script — the `window.__pwned` canary is
 * never assigned, no dialog opens — and the article's ordinary text is still shown.
 */

let site: { origin: string; close: () => Promise<void> };
let payloadPages: string[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  buildHostileSite();
  payloadPages = hostilePages()
    .filter((page) => page.html.includes("__pwned"))
    .map((page) => page.urlPath);
  // Search results quote the article text: the payloads appear there too once a query matches.
  payloadPages.push("/search/?q=pwned", "/search/?q=%3Cscript%3E");
  site = await serveHostileSite();
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

async function exercise(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
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
});

test("the built hostile site emits no link with a script-running scheme on any page", () => {
  const unsafe = checkBuiltSite(hostileOutDir).filter((problem) => problem.message.startsWith("unsafe URL scheme"));
  expect(unsafe).toEqual([]);
});

test("no payload runs on any page it appears on, even when every link and button is hovered and clicked", async ({ page }) => {
  test.setTimeout(10 * 60_000);
  const hits = await armCanary(page);
  for (const url of payloadPages) {
    await exercise(page, `${site.origin}${url}`);
    expect(hits, url).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), url).toBeUndefined();
  }
});

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
