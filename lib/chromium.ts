import { existsSync } from "node:fs";

/**
 * The one browser this project drives — build-time diagrams and cards, browser tests and
 * benchmarks: Debian's Chromium (or CHROME_PATH), never a downloaded build. The flags let it run as
 * root on a machine whose network reaches only package registries, without background connections
 * that would be refused.
 */
export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * For work without a reader watching (diagrams, cards, browser tests): Debian's headless shell
 * (package chromium-headless-shell) when installed — the same Blink and fonts as `chromium`
 * without the browser around it, so it draws the same pixels and starts faster. Benchmarks keep
 * the full browser, which is what readers run. CHROME_PATH overrides both.
 */
const headlessShell = "/usr/bin/chromium-headless-shell";
export const automationChromiumPath = process.env.CHROME_PATH ?? (existsSync(headlessShell) ? headlessShell : chromiumPath);

export const chromiumArgs: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
