import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromiumArgs, chromiumPath } from "@/lib/chromium";
import { sanitizeSvg } from "./sanitizeSvg";

/**
 * Build-time Mermaid: every diagram is rendered to SVG once per theme in headless Chromium and
 * cached on disk, so the parallel `next build` workers read files instead of each launching a
 * browser. When no browser is available the caller falls back to client-side rendering.
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

export function cacheKey(source: string, theme: DiagramTheme): string {
  return createHash("sha256").update(`${source}\u0000${theme}`).digest("hex");
}

function cachePath(source: string, theme: DiagramTheme): string {
  return path.join(CACHE_DIR, `${cacheKey(source, theme)}.svg`);
}

async function readCached(source: string, theme: DiagramTheme): Promise<string | null> {
  try {
    return await readFile(cachePath(source, theme), "utf8");
  } catch {
    return null;
  }
}

async function writeCached(source: string, theme: DiagramTheme, svg: string): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  const file = cachePath(source, theme);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, svg);
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

let renderer: Promise<Renderer | null> | null = null;

function getRenderer(): Promise<Renderer | null> {
  if (process.env.READER_MERMAID === "client") return Promise.resolve(null);
  renderer ??= import("mermaid-isomorphic")
    .then(({ createMermaidRenderer }) =>
      createMermaidRenderer({
        launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
      }),
    )
    .catch(() => null);
  return renderer;
}

/** Renders sources in one theme; entries are null where rendering failed (bad syntax, no browser). */
async function renderBatch(sources: string[], theme: DiagramTheme): Promise<(string | null)[]> {
  const render = await getRenderer();
  if (!render || sources.length === 0) return sources.map(() => null);
  try {
    const results = await render(sources, { mermaidConfig: mermaidConfig(theme), prefix: "mermaid-svg" });
    return results.map((r) => (r.status === "fulfilled" ? neutralizeIds(r.value.svg, r.value.id) : null));
  } catch (error) {
    console.warn(`[mermaid] rendering failed, diagrams fall back to the browser: ${String(error)}`);
    return sources.map(() => null);
  }
}

/** SVG per theme, sanitized, with the id placeholder still in place; null when it could not be rendered. */
export type RenderedDiagram = Record<DiagramTheme, string>;

/**
 * Renders (or reads from the cache) many diagrams at once. Failed renders are not cached, so a
 * later build with a browser retries them.
 */
export async function renderDiagrams(sources: readonly string[]): Promise<(RenderedDiagram | null)[]> {
  // READER_MERMAID=client: every diagram renders in the browser (exercises the no-browser fallback).
  if (process.env.READER_MERMAID === "client") return sources.map(() => null);
  const out = new Map<string, Partial<RenderedDiagram>>();
  for (const theme of DIAGRAM_THEMES) {
    const missing: string[] = [];
    for (const source of new Set(sources)) {
      const cached = await readCached(source, theme);
      if (cached) out.set(source, { ...out.get(source), [theme]: cached });
      else missing.push(source);
    }
    const rendered = await renderBatch(missing, theme);
    for (const [i, svg] of rendered.entries()) {
      const source = missing[i];
      if (svg === null || source === undefined) continue;
      await writeCached(source, theme, svg);
      out.set(source, { ...out.get(source), [theme]: svg });
    }
  }
  return sources.map((source) => {
    const entry = out.get(source);
    if (!entry?.light || !entry.dark) return null;
    try {
      return { light: sanitizeSvg(entry.light), dark: sanitizeSvg(entry.dark) };
    } catch {
      return null;
    }
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
