/**
 * Tokenization built for Chinese. Chinese is written without spaces, so a run of Han characters is
 * indexed as overlapping character bigrams (recall: any 2+ character query is a chain of bigrams),
 * plus the longer words Intl.Segmenter finds (precision: a query that is a whole word scores more).
 * The last character of every run is also kept alone, so a one-character query can match by prefix
 * over the bigrams and unigrams that start with it. Latin words and numbers are lowercased whole.
 */

/** Han ideographs (incl. extension A and compatibility), the scripts we split into bigrams. */
const HAN = /\p{Script=Han}/u;
/** Runs of Han characters, or of letters/digits of any other script. */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** Very frequent English words that only bloat the index. */
const STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with"]);

let segmenter: Intl.Segmenter | null | undefined;

function chineseSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  }
  return segmenter;
}

/** NFKC folds full-width Latin and digits (ＧＰＴ３ → gpt3) so they match their ASCII forms. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** `joined`: only spaces (or nothing) separate this run from the previous one. */
export type Run = { kind: "han" | "word"; text: string; joined: boolean };

/** Splits normalized text into Han runs and Latin/other words, in order; punctuation and spaces go. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  const normalized = normalizeText(text);
  let end = -1;
  for (const match of normalized.matchAll(RUN)) {
    const start = match.index ?? 0;
    const joined = end >= 0 && /^[ \t]*$/.test(normalized.slice(end, start));
    runs.push({ kind: HAN.test(match[0]) ? "han" : "word", text: match[0], joined });
    end = start + match[0].length;
  }
  return runs;
}

/**
 * A term for two neighbouring runs ("Transformer 模型" → "_transformer_模", "Lepton AI" →
 * "_lepton_ai"), so documents where the words stand together rank above those where they are apart.
 * The underscore never occurs inside a run, so a join cannot collide with a real word.
 */
export function joinTerm(left: Run, right: Run): string {
  const tail = left.kind === "han" ? Array.from(left.text).at(-1) : left.text;
  const head = right.kind === "han" ? Array.from(right.text)[0] : right.text;
  // Leading underscore: a prefix query for "transformer" must not match the join "_transformer_模".
  return `_${tail}_${head}`;
}

/** Overlapping pairs of characters: "注意力" → ["注意", "意力"]; a single character stays as is. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) pairs.push(chars[i] + chars[i + 1]);
  return pairs;
}

/** Words of at least `minLength` characters that Intl.Segmenter finds in a Han run. */
export function segmentWords(run: string, minLength: number): string[] {
  const seg = chineseSegmenter();
  if (!seg) return [];
  const words: string[] = [];
  for (const part of seg.segment(run)) {
    if (part.isWordLike && Array.from(part.segment).length >= minLength) words.push(part.segment);
  }
  return words;
}

/** Words of three or more characters ("注意力", "不平衡"); shorter ones are bigrams already. */
export function longWords(run: string): string[] {
  return segmentWords(run, 3);
}

/** Every term a document is indexed under (duplicates kept: term frequency matters for ranking). */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  const runs = splitRuns(text);
  runs.forEach((run, i) => {
    // Han runs are split at every non-Han character, so joins matter only where a script changes.
    if (run.joined && (run.kind === "word" || runs[i - 1].kind === "word")) terms.push(joinTerm(runs[i - 1], run));
  });
  for (const run of runs) {
    if (run.kind === "word") {
      if (!STOP_WORDS.has(run.text)) terms.push(run.text);
      continue;
    }
    const chars = Array.from(run.text);
    terms.push(...bigrams(run.text));
    // Covers the last character, which starts no bigram, for one-character prefix queries.
    if (chars.length > 1) terms.push(chars[chars.length - 1]);
    terms.push(...longWords(run.text));
  }
  return terms;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
