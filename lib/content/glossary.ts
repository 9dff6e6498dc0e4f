import { VFile } from "vfile";
import type { ParsedArticle } from "./article";
import { parseMarkdown } from "./markdown";
import { buildMatcher, findMentions } from "./mentions";
import type { CuratedTerm, GlossaryDefinition, GlossaryMention, GlossaryTerm, Note, OtherSense } from "./schema";
import { markedPinyin, pinyinSlug, pinyinSyllables, UniqueIds } from "./slug";
import { snippetAround } from "./snippet";
import { FOR_DEFINITION, oneLine, plainText, proseTexts } from "./text";

const RELATED_FROM_MENTIONS = 5;

interface DraftTerm {
  id: string;
  term: string;
  aliases: string[];
  definitions: GlossaryDefinition[];
  curatedRelated: string[];
  otherSenses: OtherSense[];
}

const key = (form: string) => form.trim().toLowerCase();

/**
 * Text that may hold Markdown syntax: a markup or escape character, an entity, a line break, an
 * indent or a list marker at the start. Most definitions are one plain sentence, which parses to
 * itself; not parsing them saves the 0.25 ms each parse costs, 40 ms per compile of the glossary.
 */
const MAY_HOLD_MARKUP = /[\\`*_[\]<>$~&!|#\n\r]|^(?: {4}|\t)|^\s*(?:[-+]|\d+[.)])(?:\s|$)/;

/** A definition's plain text, read once here for previews, lists, search and cards. */
export function definitionText(markdown: string): string {
  if (!MAY_HOLD_MARKUP.test(markdown)) return oneLine(markdown).trim();
  return oneLine(plainText(parseMarkdown(new VFile({ value: markdown })).children, FOR_DEFINITION)).trim();
}

function definition(articleSlug: string | null, sectionId: string | null, text: string): GlossaryDefinition {
  return { articleSlug, sectionId, text, plain: definitionText(text), noteIds: [] };
}

/** Each definition quoted from an article, with the notes on that article whose quote it holds. */
export function withDefinitionNotes(glossary: readonly GlossaryTerm[], notes: readonly Pick<Note, "id" | "articleSlug" | "quote">[]): GlossaryTerm[] {
  return glossary.map((term) => ({
    ...term,
    definitions: term.definitions.map((d) => ({
      ...d,
      noteIds: d.articleSlug === null ? [] : notes.filter((n) => n.articleSlug === d.articleSlug && d.text.includes(n.quote)).map((n) => n.id),
    })),
  }));
}

function addAlias(term: DraftTerm, form: string): void {
  const k = key(form);
  if (k && k !== key(term.term) && !term.aliases.some((a) => key(a) === k)) term.aliases.push(form.trim());
}

/** Curated terms plus every concept the articles define, matched by term or alias. */
export function mergeTerms(curated: readonly CuratedTerm[], articles: readonly ParsedArticle[]): DraftTerm[] {
  const ids = new UniqueIds();
  const byForm = new Map<string, DraftTerm>();
  const terms: DraftTerm[] = [];
  const index = (t: DraftTerm) => {
    for (const form of [t.term, ...t.aliases]) if (!byForm.has(key(form))) byForm.set(key(form), t);
  };
  for (const c of curated) {
    const t: DraftTerm = {
      id: ids.claim(c.id),
      term: c.term,
      aliases: [...c.aliases],
      definitions: [definition(null, null, c.definition)],
      curatedRelated: [...c.related],
      otherSenses: c.otherSenses.map((s) => ({ meaning: s.meaning, contexts: [...s.contexts] })),
    };
    terms.push(t);
    index(t);
  }
  for (const { article } of articles) {
    for (const concept of article.concepts) {
      const forms = [concept.term, ...concept.aliases];
      let t = forms.map((f) => byForm.get(key(f))).find(Boolean);
      if (!t) {
        t = {
          id: ids.claim(pinyinSlug(concept.term) || "term"),
          term: concept.term,
          aliases: [],
          definitions: [],
          curatedRelated: [],
          otherSenses: [],
        };
        terms.push(t);
      }
      for (const form of forms) addAlias(t, form);
      index(t);
      t.definitions.push(definition(article.slug, concept.sectionId, concept.definition));
    }
  }
  return terms;
}

/** Mentions per article and section, counted in prose text only, each with its first mention in context. */
export function countMentions(terms: readonly DraftTerm[], articles: readonly ParsedArticle[]): Map<string, GlossaryMention[]> {
  const matcher = buildMatcher(terms);
  const mentions = new Map<string, GlossaryMention[]>(terms.map((t) => [t.id, []]));
  for (const { article, sectionNodes, excerptTexts } of articles) {
    for (const section of article.sections) {
      const counts = new Map<string, number>();
      for (const text of proseTexts(sectionNodes.get(section.id) ?? [])) {
        for (const m of findMentions(text, matcher)) counts.set(m.termId, (counts.get(m.termId) ?? 0) + 1);
      }
      // The section's text as excerpts read it: a snippet stops short of each formula's MATH_GAP.
      const text = excerptTexts.get(section.id) ?? "";
      for (const [termId, count] of counts) {
        const snippet = snippetAround(text, termId, matcher);
        mentions.get(termId)?.push({ articleSlug: article.slug, sectionId: section.id, count, snippet });
      }
    }
  }
  return mentions;
}

/** Terms most often mentioned in the same sections, strongest first. */
function coMentioned(id: string, mentions: Map<string, GlossaryMention[]>): string[] {
  const mine = new Map((mentions.get(id) ?? []).map((m) => [`${m.articleSlug}#${m.sectionId}`, m.count]));
  const scores: [string, number][] = [];
  for (const [other, list] of mentions) {
    if (other === id) continue;
    const score = list.reduce((s, m) => s + Math.min(m.count, mine.get(`${m.articleSlug}#${m.sectionId}`) ?? 0), 0);
    if (score > 0) scores.push([other, score]);
  }
  return scores.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([other]) => other);
}

export function buildGlossary(curated: readonly CuratedTerm[], articles: readonly ParsedArticle[]): GlossaryTerm[] {
  const drafts = mergeTerms(curated, articles);
  const known = new Set(drafts.map((t) => t.id));
  const mentions = countMentions(drafts, articles);
  return drafts.map((t) => {
    const syllables = pinyinSyllables(t.term);
    const curatedRelated = t.curatedRelated.filter((r) => known.has(r) && r !== t.id);
    const computed = coMentioned(t.id, mentions).filter((r) => !curatedRelated.includes(r));
    return {
      id: t.id,
      term: t.term,
      aliases: t.aliases,
      pinyin: syllables.join(" "),
      initials: syllables.map((s) => s[0]).join(""),
      pinyinMarked: markedPinyin(t.term),
      definitions: t.definitions,
      mentions: mentions.get(t.id) ?? [],
      related: [...curatedRelated, ...computed.slice(0, RELATED_FROM_MENTIONS)],
      otherSenses: t.otherSenses,
    };
  });
}
