/**
 * Which JavaScript chunks carry the site's own client components, read from the build's client
 * reference manifests (`.next/server/app/**\/*_client-reference-manifest.js`). The bundler mixes
 * modules into shared chunks, so a chunk counts as "ours" when it holds any client module from
 * the project (not node_modules): "our share" is thus an upper bound, the framework floor a lower one.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ClientModule {
  chunks?: string[];
}

function manifestFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith("_client-reference-manifest.js"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The manifest file is `globalThis.__RSC_MANIFEST["/route"] = {...};` — the object is plain JSON. */
function clientModulesOf(file: string): Record<string, ClientModule> {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("= {");
  const end = text.lastIndexOf("}");
  if (start < 0 || end < start) throw new Error(`${file}:1: not a client reference manifest`);
  const manifest = JSON.parse(text.slice(start + 2, end + 1)) as { clientModules?: Record<string, ClientModule> };
  return manifest.clientModules ?? {};
}

/** URL paths (`/_next/static/chunks/….js`) of the chunks holding the project's own client code. */
export function projectClientChunks(projectRoot: string): Set<string> {
  const chunks = new Set<string>();
  for (const file of manifestFiles(path.join(projectRoot, ".next/server/app"))) {
    for (const [modulePath, mod] of Object.entries(clientModulesOf(file))) {
      if (!modulePath.startsWith("[project]/") || modulePath.includes("/node_modules/")) continue;
      for (const chunk of mod.chunks ?? []) chunks.add(chunk.startsWith("/") ? chunk : `/${chunk}`);
    }
  }
  return chunks;
}
