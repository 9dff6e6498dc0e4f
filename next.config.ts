import type { NextConfig } from "next";

// Static export: `out/` (or NEXT_DIST_DIR, for builds of other content folders) is the whole site,
// servable by any static host.
const config: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default config;
