import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { readDiagramPlan } from "./lib/render/diagramPlan";

// Static export: `out/` (or NEXT_DIST_DIR, for builds of other content folders) is the whole site,
// servable by any static host.
export default function config(phase: string): NextConfig {
  // Every diagram drawn at build: no page can load Mermaid in the browser, so leave it out.
  const plan = phase === PHASE_PRODUCTION_BUILD ? readDiagramPlan() : null;
  const mermaidLeftOut = plan !== null && plan.inBrowser === 0;
  return {
    output: "export",
    trailingSlash: true,
    images: { unoptimized: true },
    poweredByHeader: false,
    reactStrictMode: true,
    // `npm test` typechecks the whole project first (`npm run typecheck`); a second pass inside every
    // build (≈15 s of a 60 s build) would check the same files again.
    typescript: { ignoreBuildErrors: true },
    // Turbopack's build cache is written after every build (6–20 s here, over 100 s under load) and
    // pays off only on a warm rebuild (≈ 3 s); CI, bench:build and the fixture sites build cold.
    experimental: { turbopackFileSystemCacheForBuild: false },
    ...(mermaidLeftOut ? { turbopack: { resolveAlias: { mermaid: "./lib/render/mermaidLeftOut.ts" } } } : {}),
    ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  };
}
