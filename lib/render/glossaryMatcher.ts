import { buildMatcher, type Matcher } from "@/lib/content/mentions";
import type { GlossaryTerm } from "@/lib/content/schema";

const matchers = new WeakMap<readonly GlossaryTerm[], Matcher>();

/** The matcher for a glossary, built once per glossary: every page of a build shares it. */
export function glossaryMatcher(glossary: readonly GlossaryTerm[]): Matcher {
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = buildMatcher(glossary);
    matchers.set(glossary, matcher);
  }
  return matcher;
}
