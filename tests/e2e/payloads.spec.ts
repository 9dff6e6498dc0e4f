import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readDiagramPlan } from "../../lib/render/diagramPlan";
import { mermaidChunks } from "../support/mermaidChunks";

/**
 * What a reader downloads besides the page itself: nothing for links they scroll past or point at;
 * a link they follow loads that page's document. No React payload is ever fetched, and the build
 * keeps none.
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

test("reading to the end and pointing at links fetches no other page; following one loads its document, no payload", async ({ page }) => {
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

  // A document load: the marker on window is gone with the old document.
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(new URL(request.url()).pathname);
  });
  await glossaryLink.click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("术语表");
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
  expect(documents).toEqual(["/glossary/"]);
  expect(requested).toEqual([]);
});

test("the build keeps no React payload file, which no request would reach", () => {
  const payloads = fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".txt") && file !== "robots.txt");
  expect(payloads).toEqual([]);
  // The pages themselves are all there.
  expect(fs.existsSync(path.join(outDir, "articles/ai-race-silicon-valley/index.html"))).toBe(true);
});

test("every diagram is drawn at build, so the build ships no Mermaid for the browser", () => {
  const fences = fs
    .readdirSync("content/articles")
    .reduce((n, file) => n + (fs.readFileSync(path.join("content/articles", file), "utf8").match(/^```mermaid\s*$/gm)?.length ?? 0), 0);
  expect(readDiagramPlan()).toEqual({ prerendered: fences, inBrowser: 0 });
  expect(mermaidChunks(outDir)).toEqual([]);
});
