import { SearchIndex } from "./engine";
import { fetchIndexFile } from "./remote";

let shared: SearchIndex | null = null;

/** One index per page load, shared by the dialog and the search page; nothing is fetched until used. */
export function browserSearchIndex(): SearchIndex {
  if (!shared) shared = new SearchIndex(fetchIndexFile);
  return shared;
}
