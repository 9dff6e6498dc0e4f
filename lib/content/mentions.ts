/**
 * Finding glossary terms in prose. Browser-safe and pure, so the reader can reuse it to link
 * mentions exactly where the pipeline counted them.
 */

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
  readonly pattern: RegExp | null;
  /** Lowercased surface form → term id. */
  readonly byForm: ReadonlyMap<string, string>;
  /** Term id → lowercased phrases in which its names are not this term. */
  readonly otherSenses: ReadonlyMap<string, readonly string[]>;
}

const LATIN_EDGE = /[A-Za-z0-9]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Latin words need boundaries ("GAN" must not match inside "Organ"); Han text has none. */
function formPattern(form: string): string {
  const head = LATIN_EDGE.test(form[0]) ? "(?<![A-Za-z0-9])" : "";
  const tail = LATIN_EDGE.test(form[form.length - 1]) ? "(?![A-Za-z0-9])" : "";
  return `${head}${escapeRegExp(form)}${tail}`;
}

/**
 * One case-insensitive alternation of every term and alias, longest first, so at any position the
 * longest form wins (模型微调 before 微调). The first term to claim a form keeps it.
 */
export function buildMatcher(terms: readonly MatchableTerm[]): Matcher {
  const byForm = new Map<string, string>();
  for (const t of terms) {
    for (const form of [t.term, ...t.aliases]) {
      const key = form.trim().toLowerCase();
      if (key && !byForm.has(key)) byForm.set(key, t.id);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = forms.length ? new RegExp(forms.map(formPattern).join("|"), "giu") : null;
  const otherSenses = new Map<string, string[]>();
  for (const t of terms) {
    const phrases = (t.otherSenses ?? []).flatMap((s) => s.contexts.map((c) => c.trim().toLowerCase())).filter(Boolean);
    if (phrases.length) otherSenses.set(t.id, phrases);
  }
  return { pattern, byForm, otherSenses };
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
 * Every non-overlapping mention in `text`, left to right. A name standing in a phrase that its
 * term marks as another sense is no mention at all (and no shorter form is tried in its place).
 */
export function findMentions(text: string, matcher: Matcher): Mention[] {
  if (!matcher.pattern || !text) return [];
  const found: Mention[] = [];
  for (const m of text.matchAll(new RegExp(matcher.pattern))) {
    const form = m[0].toLowerCase();
    const termId = matcher.byForm.get(form);
    if (!termId) continue;
    const phrases = matcher.otherSenses.get(termId);
    if (phrases && insidePhrase(text, m.index, form, phrases)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, termId });
  }
  return found;
}
