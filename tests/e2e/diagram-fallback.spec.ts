import { expect, type Locator, type Page, test } from "@playwright/test";
import { svgDangers } from "../render/svgDangers";
import { fixtureSite as site } from "../support/fixtureSite";
import { mermaidChunks } from "../support/mermaidChunks";
import { choose } from "./appearanceMenu";

/**
 * Diagrams the build could not prerender are drawn by Mermaid in the reader's browser. The fixture
 * site is built with READER_MERMAID=client:browser-diagrams, which sends that article's two diagrams
 * down that path: the drawing must follow the theme as the prerendered ones do, and its SVG must
 * pass the same allow-list before it is inlined.
 */

let origin = "";
let close: () => Promise<void> = async () => {};

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  const seconds = site.build();
  if (seconds > 0) console.log(`[fixture site] built in ${seconds.toFixed(0)} s`);
  ({ origin, close } = await site.serve());
});

test.afterAll(async () => {
  await close();
});

const articleUrl = () => `${origin}/articles/browser-diagrams/`;

/** The browser-drawn diagram of a figure, once Mermaid has drawn it. */
async function drawing(page: Page, figure: number): Promise<Locator> {
  const box = page.locator("figure.diagram").nth(figure).locator(".diagram-client.rendered");
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator("svg")).toHaveCount(1);
  return box;
}

/** Relative luminance (0 black … 1 white) of a computed CSS colour such as "rgb(236, 236, 255)". */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The fill of the first node's shape and the colour of its label, as the browser paints them. */
async function nodeColours(box: Locator): Promise<{ fill: string; text: string }> {
  const fill = await box.locator(".node rect, .node polygon").first().evaluate((el) => getComputedStyle(el).fill);
  const text = await box.locator(".node .nodeLabel").first().evaluate((el) => getComputedStyle(el).color);
  return { fill, text };
}

/** Waits until the drawing is in the given theme's colours: light nodes with dark text, or the reverse. */
async function expectDrawnIn(box: Locator, theme: "light" | "dark"): Promise<{ fill: string; text: string }> {
  await expect
    .poll(async () => {
      const { fill, text } = await nodeColours(box);
      return luminance(fill) > luminance(text) ? "light" : "dark";
    })
    .toBe(theme);
  return nodeColours(box);
}

test("the diagrams really are drawn in the browser, not inlined at build", async ({ page }) => {
  const html = site.pages().find((p) => p.urlPath === "/articles/browser-diagrams/")?.html ?? "";
  expect(html).toContain("diagram-client");
  expect(html).not.toContain("diagram-svg");
  // Only this article's: the same build draws the other articles' diagrams as usual.
  const other = site.pages().find((p) => p.urlPath === "/articles/hostile-blocks/")?.html ?? "";
  expect(other).toContain("diagram-svg");
  expect(other).not.toContain("diagram-client");
  await page.goto(articleUrl());
  await drawing(page, 0);
  // The build that needs Mermaid in the browser ships it (the site's own build does not).
  expect(mermaidChunks(site.outDir).length).toBeGreaterThan(0);
});

test("a browser-drawn diagram follows 浅色 / 深色 chosen in the appearance menu", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(articleUrl());
  const box = await drawing(page, 0);
  const light = await expectDrawnIn(box, "light");
  await choose(page, "主题", "深色");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await expectDrawnIn(box, "dark");
  expect(dark.fill).not.toBe(light.fill);
  expect(luminance(dark.fill)).toBeLessThan(0.1);
  await choose(page, "主题", "浅色");
  await expectDrawnIn(box, "light");
  expect(await nodeColours(box)).toEqual(light);
  // Still one drawing, not one per theme switch.
  await expect(box.locator("svg")).toHaveCount(1);
});

test("under 跟随系统 a browser-drawn diagram follows the system's colour scheme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(articleUrl());
  await choose(page, "主题", "深色");
  await choose(page, "主题", "跟随系统");
  const box = await drawing(page, 0);
  const light = await expectDrawnIn(box, "light");
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await expectDrawnIn(box, "dark");
  expect(dark.fill).not.toBe(light.fill);
  await page.emulateMedia({ colorScheme: "light" });
  await expectDrawnIn(box, "light");
  expect(await nodeColours(box)).toEqual(light);
});

test("a browser-drawn diagram keeps only the build's allow-list: no image, no link, labels still shown", async ({ page }) => {
  await page.goto(articleUrl());
  const box = await drawing(page, 1);
  await expect(box.getByText("图标")).toBeVisible();
  await expect(box.getByText("外链")).toBeVisible();
  await expect(box.locator("img, image, [href], [src]")).toHaveCount(0);
  const svg = await box.locator("svg").evaluate((el) => el.outerHTML);
  expect(svgDangers(svg)).toEqual([]);
  // The drawing still describes itself to screen readers, as a prerendered one does.
  await expect(box.locator("svg")).toHaveAttribute("aria-roledescription", /flowchart/);
});
