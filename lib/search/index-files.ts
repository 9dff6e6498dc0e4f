import { createHash } from "node:crypto";
import MiniSearch from "minisearch";
import type { Corpus } from "@/lib/content/schema";
import { indexRow, sortGlossary } from "@/lib/glossary/entries";
import { type SearchDoc, searchDocuments } from "./documents";
import {
  type BaseFile,
  type GlossaryFile,
  type GroupDocsFile,
  type GroupFile,
  INDEX_FORMAT_VERSION,
  MANIFEST_FILE,
  type Manifest,
  type Posting,
} from "./format";
import { miniSearchOptions } from "./options";
import { shardOf } from "./shard";

/** Postings per shard file, before compression; a query fetches one shard per distinct term key. */
export const TARGET_SHARD_BYTES = 48 * 1024;

export type IndexFiles = { manifest: Manifest; files: Map<string, string> };

/** Builds the whole MiniSearch index in memory (build time and tests). */
export function buildMiniSearch(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(miniSearchOptions());
  index.addAll(docs);
  return index;
}

export function buildIndexFiles(corpus: Corpus, options: { targetShardBytes?: number } = {}): IndexFiles {
  const { docs, groups } = searchDocuments(corpus);
  const plain = buildMiniSearch(docs).toJSON();
  for (const [shortId, id] of Object.entries(plain.documentIds)) {
    // The browser rebuilds documentIds as the identity; make sure that is what MiniSearch did.
    if (Number(shortId) !== id) throw new Error(`search index: document ${id} got internal id ${shortId}`);
  }

  const files = new Map<string, string>();
  const put = (prefix: string, value: unknown): string => {
    const text = JSON.stringify(value);
    const name = `${prefix}.${contentHash(text)}.json`;
    files.set(name, text);
    return name;
  };

  const base: BaseFile = {
    fieldIds: plain.fieldIds,
    averageFieldLength: plain.averageFieldLength,
    documentCount: docs.length,
    fieldLengths: Object.values(plain.fieldIds)
      .sort((a, b) => a - b)
      .map((fieldId) => docs.map((doc) => plain.fieldLength[doc.id]?.[fieldId] ?? 0)),
  };

  const totalBytes = plain.index.reduce((sum, entry) => sum + JSON.stringify(entry).length, 0);
  const shardCount = Math.max(1, Math.ceil(totalBytes / (options.targetShardBytes ?? TARGET_SHARD_BYTES)));
  const shards: Posting[][] = Array.from({ length: shardCount }, () => []);
  for (const entry of plain.index) shards[shardOf(entry[0], shardCount)].push(entry as Posting);

  const groupFiles: GroupFile[] = groups.map((group, i) => {
    const stored: GroupDocsFile = docs
      .slice(group.from, group.to)
      .map(({ id, kind, url, label, body }) => ({ id, kind, url, label, text: body }));
    return { ...group, file: put(`docs/${i}`, stored) };
  });

  // The glossary page's filter and the search's suggestions read the same rows, in the page's order.
  const glossary: GlossaryFile = sortGlossary(corpus.glossary).map(indexRow);

  const manifestBody = {
    version: INDEX_FORMAT_VERSION,
    documentCount: docs.length,
    base: put("base", base),
    shards: shards.map((postings, n) => put(`terms/${n}`, postings)),
    groups: groupFiles,
    glossary: put("glossary", glossary),
  };
  const manifest: Manifest = { ...manifestBody, build: contentHash([...files.keys()].join("\n")) };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return { manifest, files };
}

function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 10);
}
