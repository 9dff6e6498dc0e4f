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

let cached: Corpus | null = null;

/** The repo's corpus, built once per process; warnings are printed to stderr once. */
export function getCorpus(): Corpus {
  // CONTENT_DIR builds the site from another article folder (e.g. the hostile security fixtures).
  cached ??= loadCorpus(process.env.CONTENT_DIR ? { dir: process.env.CONTENT_DIR } : {});
  return cached;
}

export function getArticle(slug: string): Article | undefined {
  return getCorpus().articles.find((a) => a.slug === slug);
}

/** The section and its ancestors, outermost first. */
export function sectionPath(article: Article, sectionId: string): Section[] {
  const byId = new Map(article.sections.map((s) => [s.id, s]));
  const path: Section[] = [];
  for (let s = byId.get(sectionId); s; s = s.parentId ? byId.get(s.parentId) : undefined) path.unshift(s);
  return path;
}

/** The first `n` characters of a section's text on one line, with an ellipsis when cut. */
export function excerpt(section: Pick<Section, "text">, n = 120): string {
  const flat = section.text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length <= n ? flat : `${chars.slice(0, n).join("").trimEnd()}…`;
}
