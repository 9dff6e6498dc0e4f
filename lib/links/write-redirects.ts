/**
 * Postbuild: writes a static redirect page (canonical + meta refresh) into the build for every
 * old URL in content/redirects.json.   tsx lib/links/write-redirects.ts [outDir]
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SITE_URL } from "@/lib/site";
import { loadRedirects, writeRedirectPages } from "./redirects";

function main(): void {
  if (process.env.CONTENT_DIR) return; // redirects belong to the repo's own articles
  const outDir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? "out");
  try {
    const written = writeRedirectPages(outDir, loadRedirects(), SITE_URL);
    if (written.length > 0) console.log(`Wrote ${written.length} redirect page(s).`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
