// `tsx lib/search/build-index.ts`: writes the static search index into public/search/ (run before
// `next build`, which copies public/ into out/). The folder is generated; nothing else lives there.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { compiledCorpus } from "@/lib/content/artifact";
import { MANIFEST_FILE } from "./format";
import { buildIndexFiles } from "./index-files";

const outDir = path.resolve(process.cwd(), "public/search");

function main(): void {
  const { manifest, files } = buildIndexFiles(compiledCorpus());
  // Empty the folder rather than remove it: public/'s own mtime stays, so `npm start` does not
  // take a fixture site's index build for a changed source.
  if (existsSync(outDir)) for (const name of readdirSync(outDir)) rmSync(path.join(outDir, name), { recursive: true, force: true });
  let raw = 0;
  let gzip = 0;
  for (const [name, text] of files) {
    const file = path.join(outDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    raw += Buffer.byteLength(text);
    gzip += gzipSync(text).length;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `search index: ${manifest.documentCount} documents, ${manifest.shards.length} term shards, ${files.size} files, ` +
      `${kb(raw)} (${kb(gzip)} gzip) → public/search/${MANIFEST_FILE}`,
  );
}

main();
