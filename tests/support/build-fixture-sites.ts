/**
 * Builds the browser tests' fixture site before any test runs (`npm run test:e2e`), on an otherwise
 * idle machine. Left to the specs, the build ran beside three busy test workers and became the
 * suite's critical path. A spec still builds the site itself when it is missing or stale, so a
 * single spec can be run alone.
 *   tsx tests/support/build-fixture-sites.ts
 */
import { fixtureSite } from "./fixtureSite";

const seconds = fixtureSite.build();
console.log(seconds > 0 ? `[fixture site] built in ${seconds.toFixed(0)} s` : "[fixture site] up to date");
