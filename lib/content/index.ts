import { type BuildOptions, buildCorpus } from "./corpus";
import { formatReport, hasErrors } from "./problems";
import type { Article, Corpus, Section } from "./schema";

export type { BuildOptions, BuildResult } from "./corpus";
export { buildCorpus } from "./corpus";
export { buildMatcher, findMentions } from "./mentions";
export { formatProblem, formatReport, hasErrors } from "./problems";
export * from "./schema";

/**
 * Builds a corpus or throws one Error whose message is the whole report (every problem as
 * file:line:column), so a build fails with everything to fix at once. Warnings go to `warn`.
 */
export function loadCorpus(options: BuildOptions = {}, warn: (report: string) => void = console.warn): Corpus {
  const { corpus, problems } = buildCorpus(options);
  if (hasErrors(problems)) throw new Error(`Content has errors:\n${formatReport(problems)}`);
  if (problems.length) warn(formatReport(problems));
  return corpus;
}

/** The section and its ancestors, outermost first. */
export function sectionPath(article: Article, sectionId: string): Section[] {
  const byId = new Map(article.sections.map((s) => [s.id, s]));
  const path: Section[] = [];
  for (let s = byId.get(sectionId); s; s = s.parentId ? byId.get(s.parentId) : undefined) path.unshift(s);
  return path;
}

