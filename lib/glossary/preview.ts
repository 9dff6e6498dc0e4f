import type { GlossaryTerm } from "@/lib/content/schema";
import { englishNames, hasHan, mainDefinition, shortDefinition } from "./names";

/** What a hover card shows for one term: little enough to inline for every linked term. */
export interface PreviewTerm {
  readonly term: string;
  readonly english: string | null;
  readonly definition: string;
}

export function previewOf(term: GlossaryTerm): PreviewTerm {
  const english = hasHan(term.term) ? (englishNames(term)[0] ?? null) : null;
  return { term: term.term, english, definition: shortDefinition(mainDefinition(term), 64) };
}

/** Preview data for just the terms linked on one page. */
export function previewsFor(ids: readonly string[], glossary: readonly GlossaryTerm[]): Record<string, PreviewTerm> {
  const byId = new Map(glossary.map((t) => [t.id, t]));
  const out: Record<string, PreviewTerm> = {};
  for (const id of ids) {
    const term = byId.get(id);
    if (term) out[id] = previewOf(term);
  }
  return out;
}
