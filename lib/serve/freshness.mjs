// Decides whether `out/` reflects the current sources, so `npm start` builds only when needed.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
export const outDir = path.join(root, "out");
export const stampFile = path.join(outDir, ".build-stamp");

const sourcePaths = ["app", "components", "content", "lib", "public", "next.config.ts", "package.json", "package-lock.json"];
// Written by every build (of any content folder, the test fixtures' too), never a source.
const generated = new Set([path.join(root, "public", "search")]);

/** The newest modification time under `target` (a file or folder), skipping dot entries, node_modules and generated output. */
export function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.name === "node_modules" || entry.name.startsWith(".") || generated.has(full)) continue;
    newest = Math.max(newest, newestMtime(full));
  }
  return newest;
}

/** Why a build is needed, or null when `out/` is up to date. */
export function staleReason() {
  if (!existsSync(stampFile)) return "out/ has not been built yet";
  const built = statSync(stampFile).mtimeMs;
  for (const source of sourcePaths) {
    if (newestMtime(path.join(root, source)) > built) return `${source} changed since the last build`;
  }
  return null;
}
