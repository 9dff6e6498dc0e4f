import type { GlossaryDefinition, GlossaryTerm } from "@/lib/content/schema";

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The English names and abbreviations of a term (its aliases written without Chinese). */
export function englishNames(term: Pick<GlossaryTerm, "term" | "aliases">): string[] {
  return term.aliases.filter((alias) => !hasHan(alias) && alias !== term.term);
}

/** Other Chinese names of a term. */
export function chineseAliases(term: Pick<GlossaryTerm, "term" | "aliases">): string[] {
  return term.aliases.filter((alias) => hasHan(alias));
}

/** Our own definition when we wrote one, else the first article's. */
export function mainDefinition(term: Pick<GlossaryTerm, "definitions">): GlossaryDefinition {
  return term.definitions.find((d) => d.articleSlug === null) ?? term.definitions[0];
}

/**
 * The opening of a definition's plain text, cut at a sentence end when one comes early enough,
 * else at `max` characters with an ellipsis.
 */
export function shortDefinition(definition: Pick<GlossaryDefinition, "plain">, max = 80): string {
  const text = definition.plain;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join("");
  const stop = Math.max(head.lastIndexOf("。"), head.lastIndexOf("；"));
  if (stop >= max / 3) return head.slice(0, stop + 1);
  return `${head.replace(/[，、：,:;\s]+$/, "")}…`;
}
