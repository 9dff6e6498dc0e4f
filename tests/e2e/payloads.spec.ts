import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readDiagramPlan } from "../../lib/render/diagramPlan";
import { mermaidChunks } from "../support/mermaidChunks";

/**
 * What a reader downloads besides the page itself: nothing for links they scroll past or point at,
 * one React payload (`index.txt`) for a link they follow, and no prefetch-only files in the build.
 */

const outDir = path.resolve(import.meta.dirname, "../../out");

function payloadRequests(page: import("@playwright/test").Page): string[] {
  const requested: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith(".txt")) requested.push(pathname);
  });
  return requested;
}

test("reading to the end and pointing at links fetches no other page; following one fetches its index.txt only", async ({ page }) => {
  const requested = payloadRequests(page);
  await page.goto("/articles/ai-race-silicon-valley/");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const glossaryLink = page.getByRole("banner").getByRole("link", { name: "术语表", exact: true });
  await glossaryLink.hover();
  await glossaryLink.focus();
  const termLink = page.locator("main a.term-link").first();
  await termLink.scrollIntoViewIfNeeded();
  await termLink.hover();
  // Give a prefetch, were there one, time to start.
  await page.waitForTimeout(800);
  expect(requested).toEqual([]);

  // Client-side navigation: the marker on window survives, so the document was not reloaded.
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await glossaryLink.click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("术语表");
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  expect(requested).toEqual(["/glossary/index.txt"]);
});

test("the build keeps no payload that only prefetching would request", () => {
  const leftovers = fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file).startsWith("__next.") && file.endsWith(".txt"));
  expect(leftovers).toEqual([]);
  expect(fs.existsSync(path.join(outDir, "articles/ai-race-silicon-valley/index.txt"))).toBe(true);
});

test("every diagram is drawn at build, so the build ships no Mermaid for the browser", () => {
  const fences = fs
    .readdirSync("content/articles")
    .reduce((n, file) => n + (fs.readFileSync(path.join("content/articles", file), "utf8").match(/^```mermaid\s*$/gm)?.length ?? 0), 0);
  expect(readDiagramPlan()).toEqual({ prerendered: fences, inBrowser: 0 });
  expect(mermaidChunks(outDir)).toEqual([]);
});
