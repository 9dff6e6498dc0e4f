import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { automationChromiumPath, chromiumArgs } from "@/lib/chromium";
import { buildCorpus } from "@/lib/content";
import { mergeDiagramThemes } from "@/lib/render/diagramThemes";
import { type DiagramTheme, type RenderedDiagram, renderDiagrams, withUniqueIds } from "@/lib/render/mermaid";
import { samples } from "./diagramSamples";

/**
 * One SVG for both themes must draw exactly what the theme's own render draws: every diagram of
 * the articles and one of each common Mermaid type is drawn in Chromium both ways, under the page's
 * theme attribute, and the screenshots must be the same pixels.
 */

const corpusSources = buildCorpus().corpus.articles.flatMap((a) => a.diagrams.map((d) => d.source));
const sampleSources = Object.values(samples);

let browser: Awaited<ReturnType<typeof chromium.launch>>;
let page: Awaited<ReturnType<typeof browser.newPage>>;
/** Each diagram's renders and the SVG merged from them, as the page makes it. */
let rendered: ((RenderedDiagram & { themed: string | null }) | null)[];

beforeAll(async () => {
  const [renders, launched] = await Promise.all([
    renderDiagrams([...corpusSources, ...sampleSources]),
    chromium.launch({ executablePath: automationChromiumPath, args: [...chromiumArgs] }),
  ]);
  rendered = renders.map((d) => d && { ...d, themed: mergeDiagramThemes(d.light, d.dark) });
  browser = launched;
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function draw(svg: string, theme: DiagramTheme): Promise<Buffer> {
  await page.setContent(
    `<!doctype html><html data-theme="${theme}"><head><style>body{margin:0;background:#808080}svg{display:block;width:880px;height:auto}</style></head><body>${withUniqueIds(svg, "d")}</body></html>`,
  );
  await page.evaluate(() => document.fonts.ready.then(() => true));
  return page.screenshot({ fullPage: true });
}

describe("one SVG for both themes", () => {
  it("is made for every diagram of the articles, at well under the two renders' size", () => {
    const corpus = rendered.slice(0, corpusSources.length);
    expect(corpus.length).toBeGreaterThan(0);
    for (const diagram of corpus) {
      expect(diagram?.themed).toEqual(expect.any(String));
      if (!diagram?.themed) continue;
      expect(diagram.themed.length).toBeLessThan(0.7 * (diagram.light.length + diagram.dark.length));
      expect(diagram.themed.match(/<svg\b/g)).toHaveLength(1);
    }
  });

  it("draws the same pixels as each theme's own render", async () => {
    const checked: string[] = [];
    const labels = [...corpusSources.map((_, i) => `article diagram ${i + 1}`), ...Object.keys(samples)];
    for (const [i, diagram] of rendered.entries()) {
      if (!diagram?.themed) continue;
      for (const theme of ["light", "dark"] as const) {
        const [merged, own] = [await draw(diagram.themed, theme), await draw(diagram[theme], theme)];
        expect(merged.equals(own), `${labels[i]} in ${theme}`).toBe(true);
      }
      checked.push(labels[i]);
    }
    // Every article diagram and the flowchart sample (the type the articles use); a type whose renders
    // differ in more than colours keeps both renders.
    expect(checked).toEqual(expect.arrayContaining([...labels.slice(0, corpusSources.length), "flowchart"]));
    console.log(`one SVG for both themes: ${checked.filter((l) => l in samples).join(", ")} of ${sampleSources.length} sample types`);
  }, 180_000);

  it("is refused, and both renders kept, when the renders differ in more than colours", () => {
    const diagram = rendered.find((d) => d?.themed);
    if (!diagram) throw new Error("no diagram merged");
    const { light, dark } = diagram;
    // Geometry: a moved node.
    const moved = dark.replace(/transform="translate\(([\d.]+),/, (_, x: string) => `transform="translate(${Number(x) + 5},`);
    expect(moved).not.toBe(dark);
    expect(mergeDiagramThemes(light, moved)).toBeNull();
    // A colour that could end its declaration and start another rule.
    const breakout = dark.replace(/flood-color="[^"]*"/, 'flood-color="red;}*{display:none"');
    expect(breakout).not.toBe(dark);
    expect(mergeDiagramThemes(light, breakout)).toBeNull();
    // Something drawn that only the dark render has.
    expect(mergeDiagramThemes(light, dark.replace(/<\/svg>$/, '<rect width="9" height="9"></rect></svg>'))).toBeNull();
    // The same render twice merges to itself.
    expect(mergeDiagramThemes(light, light)).toBe(light);
  });
});
