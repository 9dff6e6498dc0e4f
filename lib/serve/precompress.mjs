// Writes a .br next to each hashed asset under out/_next/static/ (JavaScript, CSS, SVG), at
// brotli's highest quality: every page fetches them and browsers cache them for a year, so the
// seconds spent here pay back on every visit. Pages and payloads — one each per URL, hundreds of
// them — are not written twice: the server compresses them on first request
// (compressOnRequest.mjs), and a CDN in front compresses on its own.
// The files are shared out to one worker thread per core.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { brotliCompressSync, constants } from "node:zlib";
import { outDir, stampFile } from "./freshness.mjs";

// What Next writes under _next/static/ that is not compressed already (fonts there are WOFF2).
const compressible = new Set([".js", ".css", ".svg", ".json", ".map"]);
const MIN_BYTES = 256;
const hashedAssets = path.join(outDir, "_next", "static");

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

function compress(file) {
  const body = readFileSync(file);
  if (body.length < MIN_BYTES) return [0, 0];
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  writeFileSync(`${file}.br`, br);
  return [body.length, br.length];
}

if (isMainThread) {
  const started = Date.now();
  const todo = [...files(hashedAssets)].filter((f) => compressible.has(path.extname(f)));
  const threads = Math.max(1, Math.min(os.availableParallelism(), 4));
  const shares = Array.from({ length: threads }, (_, i) => todo.filter((_, j) => j % threads === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: share });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  const [count, before, after] = results.reduce((a, r) => [a[0] + r[0], a[1] + r[1], a[2] + r[2]], [0, 0, 0]);
  writeFileSync(stampFile, new Date().toISOString());
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Precompressed ${count} files on ${threads} threads in ${seconds}s: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli.`);
} else {
  let count = 0;
  let before = 0;
  let after = 0;
  for (const file of workerData) {
    const [raw, br] = compress(file);
    if (raw === 0) continue;
    count += 1;
    before += raw;
    after += br;
  }
  parentPort.postMessage([count, before, after]);
}
