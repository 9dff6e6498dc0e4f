import { type Config, optimize, VERSION } from "svgo";

/**
 * SVGO over each build-time diagram, before the sanitizer (which stays the last step): Mermaid's
 * stylesheet carries every rule its diagram type could use, most of which match nothing in a given
 * diagram, and its coordinates carry more digits than a pixel needs. About a fifth of the bytes.
 * Only transforms that treat a diagram's light and dark renders alike (same elements, same
 * selectors), so diagramThemes.ts can still merge the two: no restructuring of the stylesheet, no
 * moving or merging of elements, ids left alone (the root id is a placeholder replaced per page).
 */
const config: Config = {
  plugins: [
    "removeComments",
    "cleanupAttrs",
    // Drops rules that match no element of this SVG; keeps the rest in order.
    { name: "minifyStyles", params: { restructure: false } },
    "cleanupNumericValues",
    "convertPathData",
  ],
};

/** Changes whenever the optimization changes: part of the Mermaid cache key. */
export const optimizerFingerprint = JSON.stringify({ svgo: VERSION, config });

/** The optimized SVG; the input unchanged, with a warning, if SVGO cannot parse it (the sanitizer still runs). */
export function optimizeSvg(svg: string): string {
  try {
    return optimize(svg, config).data;
  } catch (error) {
    console.warn(`[diagrams] a diagram is kept unoptimized: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return svg;
  }
}
