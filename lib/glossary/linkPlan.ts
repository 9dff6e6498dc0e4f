import { VFile } from "vfile";
import { parseMarkdown } from "@/lib/content/markdown";
import { findMentions } from "@/lib/content/mentions";
import type { Article, Block, Section } from "@/lib/content/schema";
import { linkableTexts } from "./linkableText";

type Matcher = Parameters<typeof findMentions>[1];

/**
 * Where each glossary link of an article goes. An article section is rendered as several
 * Markdown fragments (paragraphs, tables, FAQ answers, concept definitions), each on its own;
 * linking "the first mention per section" needs to know, per fragment, which terms an earlier
 * fragment of the same section already links. Computing it up front keeps rendering stateless.
 */
export interface LinkPlan {
  /** Term ids to link in each fragment, keyed by `fragmentKey(sectionId, blockIndex)`. */
  readonly byFragment: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every term linked anywhere in the article, in order of first link. */
  readonly terms: readonly string[];
  /** The first fragment with a link: it carries the page's preview data. */
  readonly host: string | null;
}

export function fragmentKey(sectionId: string, blockIndex: number): string {
  return `${sectionId}#${blockIndex}`;
}

/** The Markdown source of a block that the reader renders as prose, if any. */
export function blockMarkdown(block: Block): string | null {
  switch (block.type) {
    case "prose":
    case "table":
      return block.markdown;
    case "faq":
      return block.answer;
    case "concept":
      return block.definition;
    default:
      return null;
  }
}

/** Term ids mentioned in a fragment's linkable text, in order of first mention. */
export function mentionedTerms(markdown: string, matcher: Matcher): string[] {
  const tree = parseMarkdown(new VFile({ value: markdown }));
  const seen = new Set<string>();
  for (const text of linkableTexts(tree)) {
    for (const mention of findMentions(text, matcher)) seen.add(mention.termId);
  }
  return [...seen];
}

/** The glossary term a concept card defines: its card already links there. */
function conceptTermIds(block: Block, matcher: Matcher): Set<string> {
  if (block.type !== "concept") return new Set();
  const names = [block.term, ...block.aliases];
  return new Set(names.flatMap((name) => findMentions(name, matcher).filter((m) => m.start === 0 && m.end === name.length).map((m) => m.termId)));
}

export function planSection(section: Section, matcher: Matcher, into: Map<string, Set<string>>): void {
  const linked = new Set<string>();
  section.blocks.forEach((block, index) => {
    const markdown = blockMarkdown(block);
    if (!markdown) return;
    const own = conceptTermIds(block, matcher);
    const fresh = mentionedTerms(markdown, matcher).filter((id) => !linked.has(id) && !own.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) linked.add(id);
    into.set(fragmentKey(section.id, index), new Set(fresh));
  });
}

export function planArticle(article: Article, matcher: Matcher): LinkPlan {
  const byFragment = new Map<string, Set<string>>();
  for (const section of article.sections) planSection(section, matcher, byFragment);
  const terms = [...new Set([...byFragment.values()].flatMap((ids) => [...ids]))];
  const host = byFragment.keys().next().value ?? null;
  return { byFragment, terms, host };
}

/** Which block of the section a rendered fragment is, found by its source text. */
export function blockIndexOf(section: Section, markdown: string): number {
  return section.blocks.findIndex((block) => blockMarkdown(block) === markdown);
}
