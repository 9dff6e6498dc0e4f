// Removes from out/ what no request can reach:
// - Every page's React payload: `index.txt` and its per-segment copies (`__next.<segment>.txt`,
//   `__next._tree.txt`, `__next._full.txt`). Next's router fetches them only for client-side
//   navigation and prefetching; links here are plain anchors (components/layout/PageLink.tsx), so a
//   followed link loads the page's HTML, which carries its payload inline.
// - Font files listed after a WOFF2 source in an @font-face rule (KaTeX ships WOFF and TTF copies):
//   a browser takes the first format it supports, and every browser that runs this site reads WOFF2.
import { readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { outDir } from "./freshness.mjs";

const payload = (name) => name === "index.txt" || (name.startsWith("__next.") && name.endsWith(".txt"));

const files = readdirSync(outDir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(entry.parentPath, entry.name));

/** Files named by `url(...)` after the first source of an @font-face whose first source is WOFF2. */
function fallbackFonts(cssFile) {
  const css = readFileSync(cssFile, "utf8");
  const unused = [];
  for (const [, rule] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const src = /src:([^;}]*)/.exec(rule)?.[1] ?? "";
    const sources = [...src.matchAll(/url\(([^)]+)\)\s*format\(["']?([\w-]+)["']?\)/g)].map(([, url, format]) => ({ url, format }));
    if (sources[0]?.format !== "woff2") continue;
    for (const { url } of sources.slice(1)) unused.push(path.resolve(path.dirname(cssFile), url.replace(/^["']|["']$/g, "")));
  }
  return unused;
}

const unreachable = new Set([
  ...files.filter((file) => payload(path.basename(file))),
  ...files.filter((file) => file.endsWith(".css")).flatMap(fallbackFonts),
]);
const present = new Set(files);
let bytes = 0;
for (const file of unreachable) {
  if (!present.has(file)) continue;
  bytes += readFileSync(file).length;
  rmSync(file);
}
console.log(`Pruned ${unreachable.size} files no request reaches (${(bytes / 1e6).toFixed(1)} MB): React payloads, fallback font formats.`);
