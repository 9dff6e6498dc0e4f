import { SearchIndex } from "./engine";
import { MANIFEST_FILE } from "./format";

/** Where the build writes the index (public/search/ → /search/ on the site). */
export const INDEX_URL = "/search/";

let shared: SearchIndex | null = null;

/** One index per page load, shared by the dialog and the search page; nothing is fetched until used. */
export function browserSearchIndex(): SearchIndex {
  if (!shared) {
    shared = new SearchIndex(async (file) => {
      // Hashed files never change; only the manifest must be revalidated to see a new build.
      const response = await fetch(`${INDEX_URL}${file}`, file === MANIFEST_FILE ? { cache: "no-cache" } : {});
      if (!response.ok) throw new Error(`search index: ${file} answered ${response.status}`);
      return response.json();
    });
  }
  return shared;
}
