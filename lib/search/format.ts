import type { IndexRow } from "@/lib/glossary/filter";
import type { DocGroup, SearchDocKind } from "./documents";

/**
 * The static files of the search index, shared by the build step and the browser. The manifest is
 * small and fetched first; everything else is fetched only when a query needs it:
 * - `base`: document count and field lengths (needed for BM25 ranking of any query),
 * - `shards[n]`: the postings of the terms whose shard key hashes to n,
 * - `groups[i].file`: the display data (url, heading, text for snippets) of one article's documents,
 * - `glossary`: every term's index row, in the glossary's order: the glossary page's filter reads it,
 *   and the search suggests terms from it when nothing matches.
 * File names carry a content hash, so a CDN may cache them forever; only the manifest is revalidated.
 */

export const INDEX_FORMAT_VERSION = 3;
export const MANIFEST_FILE = "manifest.json";

/** Fetches and parses one index file by its name relative to the index root. */
export type IndexFetcher = (file: string) => Promise<unknown>;

export type GroupFile = DocGroup & { file: string };

export type Manifest = {
  version: number;
  /** Hash of every file: changes whenever the index does. */
  build: string;
  documentCount: number;
  base: string;
  shards: string[];
  groups: GroupFile[];
  glossary: string;
};

/** The manifest as fetched, refused when it was written in another format than this code reads. */
export function checkedManifest(manifest: Manifest): Manifest {
  if (manifest.version !== INDEX_FORMAT_VERSION) throw new Error(`search index: format ${manifest.version}, expected ${INDEX_FORMAT_VERSION}`);
  return manifest;
}

export type BaseFile = {
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  documentCount: number;
  /**
   * Per field (by field id), the number of terms of each document (by id). Column-wise, which
   * compresses far better than per document: neighbouring sections share an article title.
   */
  fieldLengths: number[][];
};

/** MiniSearch's serialized postings: term → field id → document id → term frequency. */
export type Posting = [string, Record<string, Record<string, number>>];
export type ShardFile = Posting[];

export type StoredDoc = { id: number; kind: SearchDocKind; url: string; label: string; text: string };
export type GroupDocsFile = StoredDoc[];

/** Every term's row for the glossary page's filter, in the glossary's order (by pinyin). */
export type GlossaryFile = IndexRow[];
