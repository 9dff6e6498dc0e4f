// Removes from out/ what no request can reach. The static export writes each page's React payload
// twice: `index.txt`, which the router fetches when a link is followed without a prefetch, and
// `__next._full.txt`, fetched only by `<Link prefetch={true}>`, which this site never uses (links
// prefetch on intent, through the per-segment files). Keeping one copy saves a sixth of out/.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { outDir } from "./freshness.mjs";

const UNREACHABLE = new Set(["__next._full.txt"]);

let removed = 0;
for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
  if (entry.isFile() && UNREACHABLE.has(entry.name)) {
    rmSync(path.join(entry.parentPath, entry.name));
    removed += 1;
  }
}
console.log(`Pruned ${removed} unreachable payload copies.`);
