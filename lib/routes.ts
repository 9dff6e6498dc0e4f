/**
 * Every URL the site has, built in one place (DESIGN.md lists them). All paths end in a slash:
 * the static export writes `<path>/index.html`. Browser-safe: client components import it too.
 */

export const homePath = "/";
export const glossaryIndexPath = "/glossary/";
export const notesPath = "/notes/";
export const searchPagePath = "/search/";
export const feedPath = "/feed.xml";
export const notesFeedPath = "/notes/feed.xml";

/** Every article page, and each one's share pages, live under this path. */
export const articlesPrefix = "/articles/";

export function articlePath(slug: string): string {
  return `${articlesPrefix}${slug}/`;
}

/** An element inside an article: a section, FAQ item or note mark. */
export function articleAnchorPath(slug: string, id: string): string {
  return `${articlePath(slug)}#${id}`;
}

/** The one stylesheet every share page links, for the readers who see one before it forwards them. */
export const shareStylesheetPath = "/share.css";

/** The small static page a section's link button hands out; it forwards to the section. */
export function sharePath(slug: string, sectionId: string): string {
  return `/articles/${slug}/s/${sectionId}/`;
}

export function glossaryPath(id: string): string {
  return `/glossary/${id}/`;
}

/** The glossary index with its filter prefilled. */
export function glossaryQueryPath(query: string): string {
  return `${glossaryIndexPath}?q=${encodeURIComponent(query)}`;
}

export function searchPath(query: string): string {
  const q = query.trim();
  return q ? `${searchPagePath}?q=${encodeURIComponent(q)}` : searchPagePath;
}

/** A file of the static search index, which the build writes to public/search/ (beside the search page's own index.html). */
export function searchIndexFilePath(file: string): string {
  return `${searchPagePath}${file}`;
}

/** A note's entry on the notes page, with its sources. */
export function noteListPath(noteId: string): string {
  return `${notesPath}#${noteId}`;
}

/** The id of one article's notes on the notes page. */
export function articleNotesListId(slug: string): string {
  return `notes-${slug}`;
}

/** The notes of one article on the notes page. */
export function articleNotesListPath(slug: string): string {
  return `${notesPath}#${articleNotesListId(slug)}`;
}

/** Card images drawn at build, one per article, section and glossary term. */
export function cardImagePath(kind: "article" | "section" | "term", ...ids: string[]): string {
  return `/cards/${kind}/${ids.join("/")}.png`;
}
