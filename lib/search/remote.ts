import { checkedManifest, type GlossaryFile, MANIFEST_FILE, type Manifest } from "./format";

/**
 * The static search index as the browser fetches it. Kept apart from the engine so that a page
 * needing only the glossary rows (the glossary page's filter) does not load the search engine.
 */

/** Where the build writes the index (public/search/ → /search/ on the site). */
export const INDEX_URL = "/search/";

/** One file of the index, parsed. Hashed files never change; only the manifest is revalidated to see a new build. */
export async function fetchIndexFile(file: string): Promise<unknown> {
  const response = await fetch(`${INDEX_URL}${file}`, file === MANIFEST_FILE ? { cache: "no-cache" } : {});
  if (!response.ok) throw new Error(`search index: ${file} answered ${response.status}`);
  return response.json();
}

let glossaryRows: Promise<GlossaryFile> | null = null;

/** Every term's index row: the manifest and one file, fetched on first use. A failure is retried by the next call. */
export function browserGlossaryRows(): Promise<GlossaryFile> {
  if (!glossaryRows) {
    glossaryRows = (async () => {
      const manifest = checkedManifest((await fetchIndexFile(MANIFEST_FILE)) as Manifest);
      return (await fetchIndexFile(manifest.glossary)) as GlossaryFile;
    })();
    glossaryRows.catch(() => {
      glossaryRows = null;
    });
  }
  return glossaryRows;
}
