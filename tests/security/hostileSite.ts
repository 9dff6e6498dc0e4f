import path from "node:path";
import { fixtureSite, root } from "../support/fixtureSite";

/** The site built from the hostile fixture articles, served without any CSP so markup alone is tested. */
export const hostileContentDir = path.join(root, "tests/security/fixtures/hostile");

export const hostileSite = fixtureSite({
  name: "hostile",
  contentDir: hostileContentDir,
  // The payloads are broken links by design; the spec checks the build's links itself.
  env: { LINK_CHECK: "warn" },
  after: [
    ["npx", ["tsx", "lib/share/write-share.ts", path.join(root, ".cache/hostile-out")]],
    ["npx", ["tsx", "lib/links/check.ts"]],
  ],
});

export const hostileOutDir = hostileSite.outDir;

/** Builds the hostile site into .cache/hostile-out unless an up-to-date build is there. */
export function buildHostileSite(): void {
  hostileSite.build();
}

/** Pages of the hostile build: URL path and HTML. */
export const hostilePages = hostileSite.pages;

/** Serves the hostile build on a random loopback port with plain static headers. */
export const serveHostileSite = hostileSite.serve;
