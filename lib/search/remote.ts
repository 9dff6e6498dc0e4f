import { searchIndexFilePath } from "@/lib/routes";
import { checkedManifest, type GlossaryFile, type IndexFetcher, MANIFEST_FILE, type Manifest } from "./format";

/**
 * The static search index as the browser fetches it. Kept apart from the engine so that a page
 * needing only the glossary rows (the glossary page's filter) does not load the search engine.
 */

/** One file of the index, parsed. Hashed files never change; only the manifest is revalidated to see a new build. */
export async function fetchIndexFile(file: string): Promise<unknown> {
  const response = await fetch(searchIndexFilePath(file), file === MANIFEST_FILE ? { cache: "no-cache" } : {});
  if (!response.ok) throw new Error(`search index: ${file} answered ${response.status}`);
  return response.json();
}

/** Every term's index row (the glossary page's filter, the search's suggestions): the manifest, then the file it names. */
export async function fetchGlossaryRows(fetchFile: IndexFetcher): Promise<GlossaryFile> {
  const manifest = checkedManifest((await fetchFile(MANIFEST_FILE)) as Manifest);
  return (await fetchFile(manifest.glossary)) as GlossaryFile;
}

let glossaryRows: Promise<GlossaryFile> | null = null;

/** The rows, fetched once per page load on first use. A failure is forgotten, so the next call tries again. */
export function browserGlossaryRows(): Promise<GlossaryFile> {
  if (!glossaryRows) {
    glossaryRows = fetchGlossaryRows(fetchIndexFile);
    glossaryRows.catch(() => {
      glossaryRows = null;
    });
  }
  return glossaryRows;
}
