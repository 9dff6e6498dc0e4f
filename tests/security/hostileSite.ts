import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { filesUnder, urlPathOf } from "../../lib/links/builtSite";

/** The site built from the hostile fixture articles, served without any CSP so markup alone is tested. */
export const root = path.resolve(import.meta.dirname, "../..");
export const hostileContentDir = path.join(root, "tests/security/fixtures/hostile");
export const hostileOutDir = path.join(root, ".cache/hostile-out");
const stamp = path.join(hostileOutDir, ".hostile-stamp");

/** Everything whose change can change the hostile build. */
const sources = ["app", "components", "lib", "content/glossary.json", "next.config.ts", "tests/security/fixtures/hostile"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      CONTENT_DIR: hostileContentDir,
      NEXT_DIST_DIR: path.relative(root, hostileOutDir),
      // The payloads are broken links by design; the spec checks the build's links itself.
      LINK_CHECK: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  if (result.status !== 0) {
    throw new Error(`Building the hostile site failed at \`${command} ${args.join(" ")}\`:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
}

/**
 * Builds the hostile site into .cache/hostile-out unless an up-to-date build is there. The steps of
 * `npm run build` minus precompression, which writes into out/ — the main site, possibly being
 * served by the other browser tests at this moment.
 */
export function buildHostileSite(): void {
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (builtAt > Math.max(...sources.map((source) => newestMtime(path.join(root, source))))) return;
  run("npm", ["run", "--silent", "prebuild"]);
  run("npx", ["next", "build"]);
  run("npx", ["tsx", "lib/share/write-share.ts", hostileOutDir]);
  run("npx", ["tsx", "lib/links/check.ts"]);
  writeFileSync(stamp, new Date().toISOString());
}

/** Pages of the hostile build: URL path and HTML. */
export function hostilePages(): { urlPath: string; html: string }[] {
  return [...filesUnder(hostileOutDir, "index.html")].map((full) => ({
    urlPath: urlPathOf(path.relative(hostileOutDir, full).split(path.sep).join("/")),
    html: readFileSync(full, "utf8"),
  }));
}

/** Serves the hostile build on a random loopback port with plain static headers. */
export async function serveHostileSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const serve = sirv(hostileOutDir, { dev: false, extensions: ["html"] });
  const server = http.createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end("Not found");
  }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
