/**
 * `npm run bench:serve`: `npm start` on loopback under autocannon — 100 connections for 30 s over
 * a mix of article, glossary and asset URLs, asking for compressed bodies like a browser does.
 * Reports requests/s, p99 latency, errors, compressed transfer and the cache headers served.
 *
 * Env: BENCH_SECONDS (default 30), BENCH_CONNECTIONS (default 100), PORT (default random).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { articlePath, glossaryIndexPath, glossaryPath, homePath } from "@/lib/routes";

interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface Result {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram & { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;

// autocannon ships no types; the fields read here are listed above.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "out");
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const port = Number(process.env.PORT ?? 3900 + Math.floor(Math.random() * 90));
const host = "127.0.0.1";

function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** Hashed build assets of one kind (Turbopack writes both JS and CSS into _next/static/chunks). */
function staticAssets(extension: ".js" | ".css", limit: number): string[] {
  try {
    return readdirSync(path.join(outDir, "_next/static/chunks"))
      .filter((name) => name.endsWith(extension))
      .slice(0, limit)
      .map((name) => `/_next/static/chunks/${name}`);
  } catch {
    return [];
  }
}

/** The request mix: every article, the glossary index and a few terms, the home page, JS and CSS. */
function urlMix(): string[] {
  const articles = subdirs(path.join(outDir, "articles")).map((slug) => articlePath(slug));
  const terms = subdirs(path.join(outDir, "glossary"))
    .slice(0, 10)
    .map((id) => glossaryPath(id));
  return [homePath, ...articles, glossaryIndexPath, ...terms, ...staticAssets(".js", 8), ...staticAssets(".css", 2)];
}

interface Served {
  status: number;
  encoding: string;
  cacheControl: string;
  bytes: number;
}

function fetchRaw(urlPath: string): Promise<Served> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host, port, path: urlPath, headers: { "accept-encoding": "br, gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: String(response.headers["content-encoding"] ?? "identity"),
          cacheControl: String(response.headers["cache-control"] ?? "(none)"),
          bytes,
        }),
      );
    });
    request.on("error", reject);
  });
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`npm start exited with code ${server.exitCode}`);
    try {
      await fetchRaw("/");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("npm start did not answer within 150 s");
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [path.join(root, "lib/serve/start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: host, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForServer(server);
    const urls = urlMix();
    console.log(`\nServing out/ on http://${host}:${port}/ — ${urls.length} URLs in the mix.\n`);

    console.log("Headers as served (Accept-Encoding: br, gzip):");
    for (const url of urls) {
      const served = await fetchRaw(url);
      console.log(`  ${String(served.status).padEnd(4)}${served.encoding.padEnd(9)}${String(served.bytes).padStart(8)} B  ${served.cacheControl.padEnd(38)} ${url}`);
    }
    const hashed = urls.filter((url) => url.startsWith("/_next/static/"));
    const immutable = await Promise.all(hashed.map(async (url) => (await fetchRaw(url)).cacheControl.includes("immutable")));
    console.log(`  immutable cache on hashed assets: ${immutable.filter(Boolean).length}/${hashed.length}`);

    console.log(`\nautocannon: ${connections} connections for ${seconds} s…`);
    const result = await autocannon({
      url: `http://${host}:${port}`,
      connections,
      duration: seconds,
      headers: { "accept-encoding": "br, gzip" },
      requests: urls.map((url) => ({ method: "GET", path: url })),
    });
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(`
requests/s     avg ${result.requests.average.toFixed(0)}   p50 ${result.requests.p50}   total ${result.requests.total}
latency (ms)   avg ${result.latency.average.toFixed(1)}   p50 ${result.latency.p50}   p99 ${result.latency.p99}   max ${result.latency.max}
transfer       ${mb(result.throughput.total)} MB compressed in ${result.duration.toFixed(1)} s (avg ${mb(result.throughput.average)} MB/s)
errors         ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
    if (result.errors + result.timeouts + result.non2xx > 0) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
