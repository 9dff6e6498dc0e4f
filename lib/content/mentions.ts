/**
 * Finding glossary terms in prose. Browser-safe and pure, so the reader can reuse it to link
 * mentions exactly where the pipeline counted them.
 */

import { foldCase } from "./text";

export interface MatchableTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  /** Phrases in which a name of this term means something else (see `OtherSense`). */
  otherSenses?: readonly { readonly contexts: readonly string[] }[];
}

export interface Mention {
  start: number;
  end: number;
  termId: string;
}

export interface Matcher {
  /** Every form, lowercased, one character per level; a node that ends a form names its term. */
  readonly forms: FormTrie;
  /** Lowercased surface form → term id. */
  readonly byForm: ReadonlyMap<string, string>;
  /** Term id → lowercased phrases in which its names are not this term. */
  readonly otherSenses: ReadonlyMap<string, readonly string[]>;
}

interface FormTrie {
  readonly next: Map<string, FormTrie>;
  /** Set where a form ends. */
  termId?: string;
  /** Latin words need boundaries ("GAN" must not match inside "Organ"); Han text has none. */
  boundedStart?: boolean;
  boundedEnd?: boolean;
}

const LATIN_EDGE = /[A-Za-z0-9]/;

/** A letter or digit of Latin script: where a Latin word would continue. */
export const isLatinEdge = (char: string | undefined) => char !== undefined && LATIN_EDGE.test(char);

/** Every term and alias, case-insensitive; the first term to claim a form keeps it. */
export function buildMatcher(terms: readonly MatchableTerm[]): Matcher {
  const byForm = new Map<string, string>();
  for (const t of terms) {
    for (const form of [t.term, ...t.aliases]) {
      const key = foldCase(form.trim());
      if (key && !byForm.has(key)) byForm.set(key, t.id);
    }
  }
  const forms: FormTrie = { next: new Map() };
  for (const [form, termId] of byForm) {
    let node = forms;
    for (const unit of form.split("")) {
      const child = node.next.get(unit) ?? { next: new Map() };
      node.next.set(unit, child);
      node = child;
    }
    Object.assign(node, { termId, boundedStart: isLatinEdge(form[0]), boundedEnd: isLatinEdge(form[form.length - 1]) });
  }
  const otherSenses = new Map<string, string[]>();
  for (const t of terms) {
    const phrases = (t.otherSenses ?? []).flatMap((s) => s.contexts.map((c) => c.trim().toLowerCase())).filter(Boolean);
    if (phrases.length) otherSenses.set(t.id, phrases);
  }
  return { forms, byForm, otherSenses };
}

/**
 * Whether the form found at `start` sits inside one of `phrases` at a place where the phrase
 * holds that form: "推理" in "……的决策和推理。" lies inside "决策和推理".
 */
export function insidePhrase(text: string, start: number, form: string, phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    for (let at = phrase.indexOf(form); at >= 0; at = phrase.indexOf(form, at + 1)) {
      const from = start - at;
      if (from >= 0 && text.slice(from, from + phrase.length).toLowerCase() === phrase) return true;
    }
  }
  return false;
}

/**
 * Every non-overlapping mention in `text`, left to right; at each place the longest form that fits
 * its word boundaries wins (模型微调 before 微调). A name standing in a phrase that its term marks as
 * another sense is no mention at all (and no shorter form is tried in its place).
 */
export function findMentions(text: string, matcher: Matcher): Mention[] {
  const found: Mention[] = [];
  if (!text || matcher.forms.next.size === 0) return found;
  const folded = foldCase(text);
  for (let start = 0; start < folded.length; ) {
    let node: FormTrie | undefined = matcher.forms;
    let end = 0;
    let termId = "";
    const afterLatin = isLatinEdge(text[start - 1]);
    for (let at = start; at < folded.length; at++) {
      node = node.next.get(folded[at]);
      if (!node) break;
      if (node.termId && !(node.boundedStart && afterLatin) && !(node.boundedEnd && isLatinEdge(text[at + 1]))) {
        end = at + 1;
        termId = node.termId;
      }
    }
    if (!end) {
      start++;
      continue;
    }
    const phrases = matcher.otherSenses.get(termId);
    if (!phrases || !insidePhrase(text, start, folded.slice(start, end), phrases)) found.push({ start, end, termId });
    start = end;
  }
  return found;
}
