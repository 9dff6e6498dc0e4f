/**
 * Where the reader left each article: the id of the section last read, kept in this browser's
 * localStorage only (one entry, the most recent articles first). The article page offers to go back
 * there when the reader opens the article again (components/article/ResumeReadingClient.tsx).
 */

export const READING_PLACES_KEY = "reading-places";

/** Articles remembered; the oldest fall out. */
const KEEP = 20;

type Places = [slug: string, sectionId: string][];

function readPlaces(storage: Storage | null): Places {
  try {
    const value: unknown = JSON.parse(storage?.getItem(READING_PLACES_KEY) ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.filter((entry): entry is Places[number] => Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string");
  } catch {
    return [];
  }
}

/** The section the reader left `slug` at, or null. */
export function placeOf(storage: Storage | null, slug: string): string | null {
  return readPlaces(storage).find(([entry]) => entry === slug)?.[1] ?? null;
}

/** Remembers `sectionId` as the place in `slug`; null forgets it (the article was read to the end). */
export function rememberPlace(storage: Storage | null, slug: string, sectionId: string | null): void {
  const places = readPlaces(storage).filter(([entry]) => entry !== slug);
  if (sectionId) places.unshift([slug, sectionId]);
  try {
    if (places.length) storage?.setItem(READING_PLACES_KEY, JSON.stringify(places.slice(0, KEEP)));
    else storage?.removeItem(READING_PLACES_KEY);
  } catch {
    // Storage full or blocked: the place is not kept.
  }
}
