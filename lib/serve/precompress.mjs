// Writes .br and .gz next to every compressible file in out/, so the server sends
// precompressed bytes (brotli at maximum quality costs nothing per request).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { outDir, stampFile } from "./freshness.mjs";

const compressible = new Set([".html", ".js", ".css", ".json", ".svg", ".xml", ".txt", ".map", ".webmanifest", ".ttf", ".otf", ".eot"]);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of files(outDir)) {
  if (!compressible.has(path.extname(file))) continue;
  const body = readFileSync(file);
  if (body.length < 256) continue;
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  count += 1;
  before += body.length;
  after += br.length;
}
writeFileSync(stampFile, new Date().toISOString());
console.log(`Precompressed ${count} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli.`);
// Keep the stamp newer than every file the build wrote.
statSync(stampFile);
