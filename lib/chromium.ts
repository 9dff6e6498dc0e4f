/**
 * The one browser this project drives — build-time diagrams, browser tests and benchmarks: Debian's
 * Chromium (or CHROME_PATH), never a downloaded build. The flags let it run as root on a machine whose
 * network reaches only package registries, without background connections that would be refused.
 */
export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const chromiumArgs: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
