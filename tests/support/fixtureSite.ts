import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { filesUnder, urlPathOf } from "../../lib/links/builtSite";
import { newestMtime } from "../../lib/serve/freshness.mjs";

/**
 * The fixture site: the articles of tests/fixtures/site built into .cache/fixture-out and served
 * without any CSP, for the browser tests that need other content than the main site. Hostile
 * articles full of script payloads (security-hostile.spec.ts), and one article whose diagrams are
 * left to Mermaid in the reader's browser (diagram-fallback.spec.ts); one build serves both.
 */

export const root = path.resolve(import.meta.dirname, "../..");

/** Everything whose change can change a fixture build (besides the fixture folder itself). */
const sources = ["app", "components", "lib", "content/glossary.json", "next.config.ts", "package-lock.json"];

/** Builds share public/search/ and the Next.js project files: one at a time (specs run alone build it too). */
const lockFile = path.join(root, ".cache", "fixture-build.lock");

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `work` holding the build lock; a lock left by a build that died over 20 minutes ago is taken over. */
function withBuildLock(work: () => void): void {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(lockFile, "wx"));
      break;
    } catch {
      if (existsSync(lockFile) && Date.now() - statSync(lockFile).mtimeMs > 20 * 60_000) rmSync(lockFile, { force: true });
      sleep(1000);
    }
  }
  try {
    work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

export interface FixtureSiteOptions {
  /** Names the output folder, .cache/<name>-out. */
  name: string;
  /** The folder of articles (with articles.json and notes.json). */
  contentDir: string;
  /** Build settings on top of CONTENT_DIR and NEXT_DIST_DIR. */
  env?: Record<string, string>;
  /** Steps after `next build`, each a command and its arguments (the out folder is in NEXT_DIST_DIR). */
  after?: [string, string[]][];
}

export interface FixtureSite {
  outDir: string;
  /** Builds unless an up-to-date build is there; returns the seconds spent (0 when reused). */
  build: () => number;
  pages: () => { urlPath: string; html: string }[];
  serve: () => Promise<{ origin: string; close: () => Promise<void> }>;
}

function defineSite({ name, contentDir, env = {}, after = [] }: FixtureSiteOptions): FixtureSite {
  const outDir = path.join(root, ".cache", `${name}-out`);
  const stamp = path.join(outDir, `.${name}-stamp`);

  function run(command: string, args: string[]): void {
    const result = spawnSync(command, args, {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: path.relative(root, outDir), NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    if (result.status !== 0) {
      throw new Error(`Building the ${name} site failed at \`${command} ${args.join(" ")}\`:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
    }
  }

  const isFresh = () => {
    const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
    return builtAt > Math.max(newestMtime(contentDir), ...sources.map((source) => newestMtime(path.join(root, source))));
  };

  /**
   * The steps of `npm run build` minus precompression, which writes into out/ — the main site,
   * possibly being served by the other browser tests at this moment.
   */
  function build(): number {
    if (isFresh()) return 0;
    const started = Date.now();
    withBuildLock(() => {
      if (isFresh()) return; // built by another worker while this one waited
      run("npm", ["run", "--silent", "prebuild"]);
      run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"]);
      for (const [command, args] of after) run(command, args);
      writeFileSync(stamp, new Date().toISOString());
    });
    return (Date.now() - started) / 1000;
  }

  function pages(): { urlPath: string; html: string }[] {
    return [...filesUnder(outDir, "index.html")].map((full) => ({
      urlPath: urlPathOf(path.relative(outDir, full).split(path.sep).join("/")),
      html: readFileSync(full, "utf8"),
    }));
  }

  /** Serves the build on a random loopback port with plain static headers. */
  async function serve(): Promise<{ origin: string; close: () => Promise<void> }> {
    const handler = sirv(outDir, { dev: false, extensions: ["html"] });
    const server = http.createServer((req, res) =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end("Not found");
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      origin: `http://127.0.0.1:${port}`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  return { outDir, build, pages, serve };
}

export const fixtureContentDir = path.join(root, "tests/fixtures/site");

export const fixtureSite = defineSite({
  name: "fixture",
  contentDir: fixtureContentDir,
  env: {
    // The payloads are broken links by design; the hostile spec checks the build's links itself.
    LINK_CHECK: "warn",
    // This article's diagrams take the path of diagrams the build could not draw.
    READER_MERMAID: "client:browser-diagrams",
  },
  after: [
    [process.execPath, ["--import", "tsx", "lib/share/write-share.ts", path.join(root, ".cache/fixture-out")]],
    [process.execPath, ["--import", "tsx", "lib/links/check.ts"]],
  ],
});
