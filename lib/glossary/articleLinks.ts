import type { Pluggable } from "unified";
import { getCorpus } from "@/lib/content";
import { buildMatcher, type Matcher } from "@/lib/content/mentions";
import type { Article, GlossaryTerm } from "@/lib/content/schema";
import type { ProseContext } from "@/lib/render/markdownPlugins";
import { blockIndexOf, fragmentKey, type LinkPlan, planArticle } from "./linkPlan";
import { previewsFor } from "./preview";
import rehypeTermLinks, { type FragmentLinks } from "./rehypeTermLinks";

/**
 * Glossary links for the article reader: one matcher for the build, one link plan per article,
 * both computed on first use.
 */

const NOTHING: FragmentLinks = Object.freeze({ allow: new Set<string>(), previewHost: null });

let matcherFor: { glossary: readonly GlossaryTerm[]; matcher: Matcher } | null = null;
const plans = new WeakMap<Article, LinkPlan>();

function glossaryMatcher(glossary: readonly GlossaryTerm[]): Matcher {
  if (matcherFor?.glossary !== glossary) matcherFor = { glossary, matcher: buildMatcher(glossary) };
  return matcherFor.matcher;
}

export function articleLinkPlan(article: Article, glossary: readonly GlossaryTerm[] = getCorpus().glossary): LinkPlan {
  let plan = plans.get(article);
  if (!plan) {
    plan = planArticle(article, glossaryMatcher(glossary));
    plans.set(article, plan);
  }
  return plan;
}

/** The rehype plugin entry for one section's Markdown fragments. */
export function glossaryTermLinks(ctx: ProseContext): Pluggable {
  const glossary = getCorpus().glossary;
  const matcher = glossaryMatcher(glossary);
  const plan = articleLinkPlan(ctx.article, glossary);
  const resolve = (source: string): FragmentLinks => {
    const index = blockIndexOf(ctx.section, source);
    if (index < 0) return NOTHING;
    const key = fragmentKey(ctx.section.id, index);
    return { allow: plan.byFragment.get(key) ?? NOTHING.allow, previewHost: plan.host === key ? ctx.article.slug : null };
  };
  return [rehypeTermLinks, { matcher, resolve }];
}

/** Preview data for every term linked in one article. */
export function articlePreviews(slug: string) {
  const corpus = getCorpus();
  const article = corpus.articles.find((a) => a.slug === slug);
  return article ? previewsFor(articleLinkPlan(article, corpus.glossary).terms, corpus.glossary) : {};
}
