/**
 * The glossary search box: ranks index rows against what the reader has typed so far.
 * Pure and dependency-free, so it runs in the browser on every keystroke; pinyin arrives
 * precomputed in the rows (pinyin-pro runs at build time, never in the browser).
 */

/** One row of the glossary index, as compact as the client needs it. */
export interface IndexRow {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  /** Tone-less pinyin with spaces ("wei tiao"); empty for terms without Chinese. */
  readonly pinyin: string;
  /** Pinyin initials ("wt"). */
  readonly initials: string;
  /** One-line definition for the result list. */
  readonly summary: string;
  /** How often the articles mention the term: suggestions offer the commoner terms first. */
  readonly mentions: number;
}

/** Better matches have lower ranks. */
export const Rank = Object.freeze({ exact: 0, prefix: 1, substring: 2, fuzzy: 3 });
export type Rank = (typeof Rank)[keyof typeof Rank];

/** What a query matched; earlier fields win ties (the name itself before an alias before pinyin). */
export type MatchField = "term" | "alias" | "pinyin" | "initials";
const fieldOrder: Record<MatchField, number> = { term: 0, alias: 1, pinyin: 2, initials: 3 };

export interface Match {
  readonly row: IndexRow;
  readonly rank: Rank;
  readonly field: MatchField;
  /** The name or alias that matched, as written (the term itself for pinyin matches). */
  readonly matched: string;
}

interface Key {
  readonly text: string;
  readonly field: MatchField;
  readonly label: string;
  /** Latin keys forgive a typo; Chinese keys only match as a subsequence when fuzzy. */
  readonly latin: boolean;
}

export interface PreparedRow {
  readonly row: IndexRow;
  readonly keys: readonly Key[];
  readonly order: number;
}

const HAN = /\p{Script=Han}/u;

/**
 * Folds what people type into one comparable form: full-width to ASCII (NFKC), tone marks
 * dropped, lower case, and spaces, dashes and dots removed so "fine tuning", "Fine-tuning" and
 * "finetuning" meet. ü is written v, as pinyin keyboards do.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/u\u0308|u:/g, "v")
    .replace(/\p{M}/gu, "")
    .replace(/[\s\-_.·・/]+/g, "");
}

/** Tone numbers typed after syllables ("wei1tiao2") are noise for pinyin keys. */
function withoutToneDigits(query: string): string {
  return /^[a-z]+[0-5]([a-z]+[0-5]?)*$/.test(query) ? query.replace(/[0-5]/g, "") : query;
}

function keysOf(row: IndexRow): Key[] {
  const keys: Key[] = [{ text: normalize(row.term), field: "term", label: row.term, latin: !HAN.test(row.term) }];
  for (const alias of row.aliases) {
    keys.push({ text: normalize(alias), field: "alias", label: alias, latin: !HAN.test(alias) });
  }
  const pinyin = normalize(row.pinyin);
  if (pinyin && HAN.test(row.term)) {
    keys.push({ text: pinyin, field: "pinyin", label: row.term, latin: true });
    // Readers without a v key type "lu" for 率 (lü).
    if (pinyin.includes("v")) keys.push({ text: pinyin.replace(/v/g, "u"), field: "pinyin", label: row.term, latin: true });
    const initials = normalize(row.initials);
    if (initials.length > 1) keys.push({ text: initials, field: "initials", label: row.term, latin: true });
  }
  return keys.filter((key) => key.text.length > 0);
}

/** Normalizes every row once; the result is reused for every keystroke. */
export function prepareIndex(rows: readonly IndexRow[]): PreparedRow[] {
  return rows.map((row, order) => ({ row, keys: keysOf(row), order }));
}

/** Is every character of `needle` found in `hay`, in order? */
function isSubsequence(needle: string, hay: string): boolean {
  let at = 0;
  for (const ch of hay) {
    if (ch === needle[at]) at++;
    if (at === needle.length) return true;
  }
  return needle.length === 0;
}

/**
 * Edit distance where swapping two neighbours counts as one edit (the commonest typo), giving up
 * (returning limit + 1) as soon as the distance must exceed `limit`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** One typo allowed from four characters on, two from eight. */
function typoBudget(length: number): number {
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

function rankKey(query: string, key: Key): Rank | null {
  const text = key.text;
  if (text === query) return Rank.exact;
  if (text.startsWith(query)) return Rank.prefix;
  if (text.includes(query)) return Rank.substring;
  if (!key.latin) return query.length >= 2 && isSubsequence(query, text) ? Rank.fuzzy : null;
  const budget = typoBudget(query.length);
  if (budget === 0) return null;
  // A typo while still typing: compare with the key's beginning of the same length as well.
  const whole = boundedEditDistance(query, text, budget);
  const start = boundedEditDistance(query, text.slice(0, query.length), budget);
  return Math.min(whole, start) <= budget ? Rank.fuzzy : null;
}

function better(a: Match, b: Match, orderA: number, orderB: number): number {
  return (
    a.rank - b.rank || fieldOrder[a.field] - fieldOrder[b.field] || a.matched.length - b.matched.length || orderA - orderB
  );
}

/**
 * Rows matching `query`, best first: exact, then prefix, then substring, then fuzzy; within a
 * rank the term's own name before an alias before pinyin, then shorter names, then index order.
 * An empty query matches nothing (the page shows the full list instead).
 */
export function filterGlossary(index: readonly PreparedRow[], query: string): Match[] {
  const folded = normalize(query);
  if (!folded) return [];
  const pinyinQuery = withoutToneDigits(folded);
  const found: { match: Match; order: number }[] = [];
  for (const prepared of index) {
    let best: Match | null = null;
    for (const key of prepared.keys) {
      const q = key.field === "pinyin" || key.field === "initials" ? pinyinQuery : folded;
      const rank = rankKey(q, key);
      if (rank === null) continue;
      const match: Match = { row: prepared.row, rank, field: key.field, matched: key.label };
      if (!best || better(match, best, 0, 0) < 0) best = match;
    }
    if (best) found.push({ match: best, order: prepared.order });
  }
  found.sort((a, b) => better(a.match, b.match, a.order, b.order));
  return found.map((f) => f.match);
}
