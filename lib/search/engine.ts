import MiniSearch, { type AsPlainObject } from "minisearch";
import type { SearchDoc, SearchDocKind } from "./documents";
import {
  type BaseFile,
  checkedManifest,
  type GroupDocsFile,
  type GroupFile,
  type IndexFetcher,
  MANIFEST_FILE,
  type Manifest,
  type Posting,
  type ShardFile,
  type StoredDoc,
} from "./format";
import { miniSearchOptions } from "./options";
import { lookups, parseQuery, type QueryPlan } from "./query";
import { type Ranked, rankDocuments } from "./rank";
import { shardOf } from "./shard";
import { type Piece, highlight, phrasesIn, snippet } from "./snippet";

/**
 * The search index as the browser sees it: static files fetched on demand. The first query fetches
 * the manifest, the base file and one shard per distinct term key; showing results fetches the
 * display data of the articles they belong to. Everything fetched is kept for later queries.
 */

export type SearchHit = {
  id: number;
  kind: SearchDocKind;
  url: string;
  label: Piece[];
  snippet: Piece[];
  /** The query's words as they occur in this document, for marking them where the result opens. */
  phrases: string[];
  score: number;
};

export type ResultGroup = {
  key: string;
  kind: GroupFile["kind"];
  title: string;
  /** Article slug, or null for the glossary. */
  slug: string | null;
  hits: SearchHit[];
};

export type SearchOutcome = {
  query: string;
  /** False when no document contains every word, and results match only some of them. */
  complete: boolean;
  total: number;
  groups: ResultGroup[];
};

export const DEFAULT_LIMIT = 40;

export class SearchIndex {
  private manifest: Promise<Manifest> | null = null;
  private base: Promise<BaseFile> | null = null;
  private readonly shards = new Map<number, Promise<ShardFile>>();
  private readonly groupDocs = new Map<number, Promise<Map<number, StoredDoc>>>();
  private engine: { shards: string; index: MiniSearch<SearchDoc> } | null = null;

  constructor(private readonly fetchFile: IndexFetcher) {}

  /** Files fetched so far, for the benchmark's download accounting. */
  readonly fetched: string[] = [];

  async search(query: string, limit = DEFAULT_LIMIT): Promise<SearchOutcome> {
    const plan = parseQuery(query);
    const empty: SearchOutcome = { query, complete: true, total: 0, groups: [] };
    if (plan.groups.length === 0) return empty;
    const { hits: top, total, complete } = await this.rank(plan, limit);
    if (total === 0) return empty;
    const manifest = await this.loadManifest();
    const docs = await this.storedDocs(manifest, top.map((h) => h.id));
    const groups = new Map<number, ResultGroup>();
    for (const hit of top) {
      const doc = docs.get(hit.id);
      if (!doc) continue;
      const groupIndex = groupOf(manifest, hit.id);
      const group = manifest.groups[groupIndex];
      let entry = groups.get(groupIndex);
      if (!entry) {
        entry = { key: `g${groupIndex}`, kind: group.kind, title: group.title, slug: group.kind === "article" ? group.slug : null, hits: [] };
        groups.set(groupIndex, entry);
      }
      const phrases = phrasesIn(`${doc.label}\n${doc.text}`, plan.highlights, plan.pieces);
      entry.hits.push({
        id: doc.id,
        kind: doc.kind,
        url: doc.url,
        label: highlight(doc.label, phrases),
        snippet: snippet(doc.text, phrases),
        phrases,
        score: hit.score,
      });
    }
    return { query, complete, total, groups: [...groups.values()] };
  }

  /** How many documents match every word of the query (for "related searches"). */
  async count(query: string): Promise<number> {
    const plan = parseQuery(query);
    if (plan.groups.length === 0) return 0;
    const { total, complete } = await this.rank(plan, 0);
    return complete ? total : 0;
  }

  /** Ranked document ids: those with every word if any, else those with some of them. */
  async rank(plan: QueryPlan, limit = DEFAULT_LIMIT): Promise<Ranked> {
    return rankDocuments(await this.indexFor(plan), plan, limit);
  }

  private async indexFor(plan: QueryPlan): Promise<MiniSearch<SearchDoc>> {
    const manifest = await this.loadManifest();
    const needed = [...new Set(lookups(plan).map((l) => shardOf(l.term, manifest.shards.length)))];
    for (const n of needed) {
      if (!this.shards.has(n)) remember(this.shards, n, this.fetchTyped<ShardFile>(manifest.shards[n]));
    }
    const [base] = await Promise.all([this.loadBase(manifest), ...needed.map((n) => this.shards.get(n))]);
    const loaded = [...this.shards.keys()].sort((a, b) => a - b);
    const key = loaded.join(",");
    if (this.engine?.shards !== key) {
      const postings = (await Promise.all(loaded.map((n) => this.shards.get(n) as Promise<ShardFile>))).flat();
      this.engine = { shards: key, index: MiniSearch.loadJS(plainIndex(base, postings), miniSearchOptions()) };
    }
    return this.engine.index;
  }

  private loadManifest(): Promise<Manifest> {
    if (!this.manifest) {
      this.manifest = this.fetchTyped<Manifest>(MANIFEST_FILE).then(checkedManifest);
      // A failed fetch (offline, index missing) should be retried by the next query, not cached.
      this.manifest.catch(() => {
        this.manifest = null;
      });
    }
    return this.manifest;
  }

  private loadBase(manifest: Manifest): Promise<BaseFile> {
    if (!this.base) {
      this.base = this.fetchTyped<BaseFile>(manifest.base);
      this.base.catch(() => {
        this.base = null;
      });
    }
    return this.base;
  }

  private async storedDocs(manifest: Manifest, ids: number[]): Promise<Map<number, StoredDoc>> {
    const groupIndexes = [...new Set(ids.map((id) => groupOf(manifest, id)))];
    for (const g of groupIndexes) {
      if (!this.groupDocs.has(g)) {
        remember(
          this.groupDocs,
          g,
          this.fetchTyped<GroupDocsFile>(manifest.groups[g].file).then((docs) => new Map(docs.map((d) => [d.id, d]))),
        );
      }
    }
    const maps = await Promise.all(groupIndexes.map((g) => this.groupDocs.get(g) as Promise<Map<number, StoredDoc>>));
    return new Map(maps.flatMap((m) => [...m]));
  }

  private async fetchTyped<T>(file: string): Promise<T> {
    this.fetched.push(file);
    return (await this.fetchFile(file)) as T;
  }
}

/** Caches a pending fetch; a failed one is forgotten, so the next query tries again. */
function remember<K, V>(cache: Map<K, Promise<V>>, key: K, pending: Promise<V>): void {
  cache.set(key, pending);
  pending.catch(() => {
    if (cache.get(key) === pending) cache.delete(key);
  });
}

/** The group (article or glossary) a document belongs to; groups are contiguous id ranges. */
export function groupOf(manifest: Manifest, id: number): number {
  let lo = 0;
  let hi = manifest.groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (manifest.groups[mid].from <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rebuilds MiniSearch's serialized form from the base file and the postings loaded so far. */
function plainIndex(base: BaseFile, postings: Posting[]): AsPlainObject {
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let id = 0; id < base.documentCount; id++) {
    documentIds[id] = id;
    fieldLength[id] = base.fieldLengths.map((column) => column[id]);
  }
  return {
    documentCount: base.documentCount,
    nextId: base.documentCount,
    documentIds,
    fieldIds: base.fieldIds,
    fieldLength,
    averageFieldLength: base.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: postings,
    serializationVersion: 2,
  };
}
