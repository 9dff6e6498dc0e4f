import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { holdSharePage } from "./holdSharePage";

/**
 * The production server sends a strict CSP (hashed inline scripts, no eval) and the pages work
 * under it: no `securitypolicyviolation` fires while reading, toggling the theme or searching.
 */

const outDir = path.resolve("out");
const articleSlugs = readdirSync(path.join(outDir, "articles"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    document.addEventListener("securitypolicyviolation", (event) => {
      log.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test("every response carries the security headers and a CSP without unsafe-eval or unsafe-inline scripts", async ({ request }) => {
  for (const url of ["/", `/articles/${articleSlugs[0]}/`, "/glossary/", "/no-such-page/"]) {
    const response = await request.get(url);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, url).toContain("'self'");
    expect(csp, url).not.toContain("unsafe-eval");
    expect(scriptSrc, url).not.toContain("unsafe-inline");
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  }
});

for (const slug of articleSlugs) {
  test(`article ${slug} loads and runs its scripts with no CSP violation`, async ({ page }) => {
    await recordViolations(page);
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    await page.goto(`/articles/${slug}/`);
    await page.waitForLoadState("networkidle");
    // Hydration ran: client components only work when Next's inline scripts were allowed.
    await expect(page.locator("html")).toHaveAttribute("data-theme", /light|dark/);
    await page.mouse.wheel(0, 4000);
    // Glossary previews and note popovers are client code too.
    const termLink = page.locator("main a[href^='/glossary/']").first();
    if (await termLink.count()) await termLink.hover();
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("home, glossary, notes, search and a share page run with no CSP violation, including the search dialog", async ({ page }) => {
  await recordViolations(page);
  // The share page is checked itself, not the article it forwards to (which a test above covers).
  await holdSharePage(page);
  const firstTerm = readdirSync(path.join(outDir, "glossary"), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
  for (const url of ["/", "/glossary/", `/glossary/${firstTerm}/`, "/notes/", "/search/?q=模型", `/articles/${articleSlugs[0]}/s/s-1/`]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await violations(page), url).toEqual([]);
  }
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Control+k");
  await page.waitForTimeout(500);
  await page.keyboard.type("模型");
  await page.waitForTimeout(800);
  expect(await violations(page)).toEqual([]);
});
