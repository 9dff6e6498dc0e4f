import type { GlossaryTerm } from "@/lib/content/schema";
import type { IndexRow } from "./filter";
import { chineseAliases, englishNames, mainDefinition, shortDefinition } from "./names";

/**
 * The glossary in reading order: by pinyin, the way a Chinese index is sorted, with Latin names
 * (TensorFlow, AI基础设施) filed under their first letter.
 */

/** Letters (or digits) a term starts with before any Chinese, lowercased: "AI基础设施" → "ai". */
function latinLead(term: string): string {
  return (term.match(/^[A-Za-z0-9][A-Za-z0-9 .\-+]*/)?.[0] ?? "").replace(/[^A-Za-z0-9]/g, "").toLowerCase();
}

/** Pinyin of the whole name, Latin lead included ("ai ji chu she shi"). */
export function fullPinyin(term: Pick<GlossaryTerm, "term" | "pinyin">): string {
  const lead = latinLead(term.term);
  if (!term.pinyin) return lead;
  return lead ? `${lead} ${term.pinyin}` : term.pinyin;
}

export function sortKey(term: Pick<GlossaryTerm, "term" | "pinyin">): string {
  return fullPinyin(term).replace(/\s+/g, "").toLowerCase() || term.term.toLowerCase();
}

/** The A–Z group a term is filed under; "#" for names starting with a digit or symbol. */
export function groupLetter(term: Pick<GlossaryTerm, "term" | "pinyin">): string {
  const first = sortKey(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

export function sortGlossary(glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...glossary].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.term.localeCompare(b.term, "zh-Hans-CN");
  });
}

export interface LetterGroup {
  readonly letter: string;
  readonly terms: readonly GlossaryTerm[];
}

/** Sorted terms in letter groups, letters in order, "#" last. */
export function groupByLetter(sorted: readonly GlossaryTerm[]): LetterGroup[] {
  const groups = new Map<string, GlossaryTerm[]>();
  for (const term of sorted) {
    const letter = groupLetter(term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a.localeCompare(b)))
    .map(([letter, terms]) => ({ letter, terms }));
}

export const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

/** One index row per term for the search box: what it matches on and a one-line definition. */
export function indexRow(term: GlossaryTerm): IndexRow {
  const lead = latinLead(term.term);
  return {
    id: term.id,
    term: term.term,
    aliases: term.aliases,
    pinyin: fullPinyin(term),
    initials: term.pinyin ? `${lead}${term.initials}` : "",
    summary: shortDefinition(mainDefinition(term), 60),
    mentions: term.mentions.reduce((sum, m) => sum + m.count, 0),
  };
}

/** English names first, then other Chinese names: how a row or entry introduces a term. */
export function displayAliases(term: GlossaryTerm): { english: string[]; chinese: string[] } {
  return { english: englishNames(term), chinese: chineseAliases(term) };
}

/** The terms before and after one term in index order. */
export function neighbours(
  sorted: readonly GlossaryTerm[],
  id: string,
): { prev: GlossaryTerm | null; next: GlossaryTerm | null } {
  const at = sorted.findIndex((t) => t.id === id);
  if (at < 0) return { prev: null, next: null };
  return { prev: sorted[at - 1] ?? null, next: sorted[at + 1] ?? null };
}
