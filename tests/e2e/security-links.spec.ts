import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkBuiltSite, formatProblem } from "../../lib/links/check";
import { loadUrlRegistry } from "../../lib/links/publicUrls";
import { loadRedirects } from "../../lib/links/redirects";

/**
 * `npm test` builds only when out/ is stale, so the postbuild link check may not have run on this
 * build: check it here too — every internal link, fragment, sitemap and search target, and every
 * registered public URL.
 */
test("every internal link and registered URL of the production build resolves", () => {
  const problems = checkBuiltSite(path.resolve("out"), { registry: loadUrlRegistry(), redirects: loadRedirects() });
  expect(problems.map((problem) => formatProblem("out", problem))).toEqual([]);
});
