import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { automationChromiumPath, chromiumArgs } from "@/lib/chromium";
import { allowListFingerprint } from "./diagramAllowListFingerprint";
import { optimizeSvg, optimizerFingerprint } from "./optimizeSvg";
import type { SanitizedSvg } from "./sanitizeSvg";

/**
 * Build-time Mermaid: every diagram is rendered to SVG once per theme in headless Chromium,
 * sanitized, and cached on disk, so the parallel `next build` workers read finished SVG instead of
 * each launching a browser and a DOM. When no browser is available the caller falls back to
 * client-side rendering.
 */

export type DiagramTheme = "light" | "dark";
export const DIAGRAM_THEMES: readonly DiagramTheme[] = ["light", "dark"];

/** Placeholder for the SVG's root id; replaced per diagram and theme so inlined copies never share ids. */
const ID_PLACEHOLDER = "__diagram_id__";

const CACHE_DIR = path.join(process.cwd(), ".cache", "mermaid");

/** Matches the page's CJK stack so labels are measured with the glyphs readers will see. */
const DIAGRAM_FONT =
  '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif';

function mermaidConfig(theme: DiagramTheme) {
  return {
    theme: theme === "dark" ? ("dark" as const) : ("default" as const),
    securityLevel: "strict" as const,
    fontFamily: DIAGRAM_FONT,
    flowchart: { htmlLabels: true },
  };
}

/** Cached entries hold optimized, sanitized SVG, so the key includes both steps' rules: new rules, new entries. */
export function cacheKey(source: string, theme: DiagramTheme): string {
  return createHash("sha256").update(`${source}\u0000${theme}\u0000${allowListFingerprint}\u0000${optimizerFingerprint}`).digest("hex");
}

function cachePath(source: string, theme: DiagramTheme): string {
  return path.join(CACHE_DIR, `${cacheKey(source, theme)}.json`);
}

function isSanitizedSvg(value: unknown): value is SanitizedSvg {
  const entry = value as Partial<SanitizedSvg> | null;
  return typeof entry?.svg === "string" && Array.isArray(entry.removed) && entry.removed.every((r) => typeof r === "string");
}

async function readCached(source: string, theme: DiagramTheme): Promise<SanitizedSvg | null> {
  try {
    const entry: unknown = JSON.parse(await readFile(cachePath(source, theme), "utf8"));
    return isSanitizedSvg(entry) ? entry : null;
  } catch {
    return null;
  }
}

async function writeCached(source: string, theme: DiagramTheme, entry: SanitizedSvg): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  const file = cachePath(source, theme);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(entry));
  await rename(tmp, file);
}

/** Replaces the root id Mermaid chose (and every id derived from it) with the placeholder. */
export function neutralizeIds(svg: string, rootId: string): string {
  const escaped = rootId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return svg.replace(new RegExp(`${escaped}(?![0-9])`, "g"), ID_PLACEHOLDER);
}

/** Gives one inlined copy its own ids, e.g. "diagram-2-dark". */
export function withUniqueIds(svg: string, uniqueId: string): string {
  return svg.split(ID_PLACEHOLDER).join(uniqueId);
}

type Renderer = (
  diagrams: string[],
  options: { mermaidConfig: ReturnType<typeof mermaidConfig>; prefix: string },
) => Promise<PromiseSettledResult<{ svg: string; id: string }>[]>;

/**
 * READER_MERMAID=client sends every diagram to Mermaid in the reader's browser, as on a machine
 * without Chromium; READER_MERMAID=client:<slug>,<slug> only those articles' diagrams. Both exist
 * to exercise the browser fallback in tests.
 */
const inBrowserSetting = process.env.READER_MERMAID ?? "";
const everyDiagramInBrowser = inBrowserSetting === "client";
const articlesInBrowser = new Set(inBrowserSetting.startsWith("client:") ? inBrowserSetting.slice("client:".length).split(",") : []);

/** Whether the build leaves this article's diagrams to the reader's browser (READER_MERMAID). */
export function drawnInBrowser(articleSlug: string): boolean {
  return everyDiagramInBrowser || articlesInBrowser.has(articleSlug);
}

let renderer: Promise<Renderer | null> | null = null;

function getRenderer(): Promise<Renderer | null> {
  if (everyDiagramInBrowser) return Promise.resolve(null);
  renderer ??= import("mermaid-isomorphic")
    .then(({ createMermaidRenderer }) =>
      createMermaidRenderer({
        launchOptions: { executablePath: automationChromiumPath, args: [...chromiumArgs] },
      }),
    )
    .catch(() => null);
  return renderer;
}

/** Renders sources in one theme; entries are null where rendering failed (bad syntax, no browser). */
async function renderBatch(sources: readonly string[], theme: DiagramTheme): Promise<(string | null)[]> {
  const render = await getRenderer();
  if (!render || sources.length === 0) return sources.map(() => null);
  try {
    const results = await render([...sources], { mermaidConfig: mermaidConfig(theme), prefix: "mermaid-svg" });
    return results.map((r) => (r.status === "fulfilled" ? neutralizeIds(r.value.svg, r.value.id) : null));
  } catch (error) {
    console.warn(`[mermaid] rendering failed, diagrams fall back to the browser: ${String(error)}`);
    return sources.map(() => null);
  }
}

/**
 * The whole build-time path from Mermaid source to inlinable SVG, without the cache: Chromium
 * renders, SVGO trims, DOMPurify (loaded only here) keeps the allow-list. Null where rendering or
 * sanitizing failed.
 */
export async function renderSanitized(sources: readonly string[], theme: DiagramTheme): Promise<(SanitizedSvg | null)[]> {
  const rendered = await renderBatch(sources, theme);
  if (rendered.every((svg) => svg === null)) return rendered.map(() => null);
  const { sanitizeSvgWithReport } = await import("./sanitizeSvg");
  return rendered.map((svg) => {
    if (svg === null) return null;
    try {
      return sanitizeSvgWithReport(optimizeSvg(svg));
    } catch {
      return null;
    }
  });
}

/**
 * SVG per theme, sanitized, with the id placeholder still in place, and what the sanitizer took
 * out of the author's labels (empty for ordinary diagrams).
 */
export type RenderedDiagram = Record<DiagramTheme, string> & { removed: readonly string[] };

/**
 * Renders (or reads from the cache) many diagrams at once. Failed renders are not cached, so a
 * later build with a browser retries them.
 */
export async function renderDiagrams(sources: readonly string[]): Promise<(RenderedDiagram | null)[]> {
  if (everyDiagramInBrowser) return sources.map(() => null);
  const out = new Map<string, Partial<Record<DiagramTheme, SanitizedSvg>>>();
  // Both themes at once: they share one browser (the renderer keeps it open while a call is running)
  // and load Mermaid in two pages side by side.
  await Promise.all(
    DIAGRAM_THEMES.map(async (theme) => {
      const missing: string[] = [];
      for (const source of new Set(sources)) {
        const cached = await readCached(source, theme);
        if (cached) out.set(source, { ...out.get(source), [theme]: cached });
        else missing.push(source);
      }
      const rendered = await renderSanitized(missing, theme);
      for (const [i, entry] of rendered.entries()) {
        const source = missing[i];
        if (entry === null || source === undefined) continue;
        await writeCached(source, theme, entry);
        out.set(source, { ...out.get(source), [theme]: entry });
      }
    }),
  );
  return sources.map((source) => {
    const { light, dark } = out.get(source) ?? {};
    if (!light || !dark) return null;
    return { light: light.svg, dark: dark.svg, removed: [...new Set([...light.removed, ...dark.removed])] };
  });
}

export async function renderDiagram(source: string): Promise<RenderedDiagram | null> {
  const [result] = await renderDiagrams([source]);
  return result ?? null;
}

/** Width / height from the SVG's viewBox, to reserve the diagram's space before it paints. */
export function svgAspectRatio(svg: string): number | null {
  const match = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? width / height : null;
}
