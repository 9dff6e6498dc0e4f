/**
 * Builds the browser tests' fixture sites before any test runs (`npm run test:e2e`), one after the
 * other on an otherwise idle machine. Left to the specs' beforeAll, each build ran beside three
 * busy test workers and became the suite's critical path. A spec still builds its site itself
 * when it is missing or stale, so a single spec can be run alone.
 *   tsx tests/support/build-fixture-sites.ts
 */
import { fallbackSite } from "../render/fallbackSite";
import { hostileSite } from "../security/hostileSite";

for (const [name, site] of [
  ["fallback", fallbackSite],
  ["hostile", hostileSite],
] as const) {
  const seconds = site.build();
  console.log(seconds > 0 ? `[${name} site] built in ${seconds.toFixed(0)} s` : `[${name} site] up to date`);
}
