import type { Root } from "mdast";
import type { VFile } from "vfile";
import { linkableTexts } from "@/lib/glossary/linkableText";
import { previewOf } from "@/lib/glossary/preview";
import type { ParsedArticle } from "./article";
import "./fileData";
import { findMentions, type Matcher } from "./mentions";
import type { Block, GlossaryTerm } from "./schema";

/**
 * Decides every glossary link of an article once, in the compile: a term links at its first
 * mention in each section, in the block where that mention is. The page only applies the list.
 */

/** Term ids mentioned in linkable text, in order of first mention. */
export function mentionedTerms(tree: Root, matcher: Matcher): string[] {
  const seen = new Set<string>();
  for (const text of linkableTexts(tree)) for (const mention of findMentions(text, matcher)) seen.add(mention.termId);
  return [...seen];
}

/**
 * The tree a block's Markdown renders from. An FAQ answer is rebuilt from its item (question and
 * answer marker removed), parsed once when its block was made; every other block is its own source nodes.
 */
function blockTree(block: Block, parsed: ParsedArticle): Root | null {
  if (block.type === "faq") return parsed.answerTrees.get(block.id) ?? null;
  const nodes = parsed.blockNodes.get(block.id);
  if (!("render" in block) || !nodes) return null;
  return { type: "root", children: [...nodes] };
}

/** The glossary term a concept card defines: its card already links there. */
function ownTerms(block: Block, matcher: Matcher): Set<string> {
  if (block.type !== "concept") return new Set();
  const names = [block.term, ...block.aliases];
  return new Set(names.flatMap((name) => findMentions(name, matcher).filter((m) => m.start === 0 && m.end === name.length).map((m) => m.termId)));
}

/** The glossary entry a concept card links to: same term or a shared alias. */
export function glossaryIdOf(names: readonly string[], glossary: readonly GlossaryTerm[]): string | null {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return glossary.find((g) => [g.term, ...g.aliases].some((n) => wanted.has(n.toLowerCase())))?.id ?? null;
}

/** Fills `render.termLinks` of every block, each concept's `glossaryId` and the article's `linkedTerms`. */
export function linkTerms(parsed: ParsedArticle, glossary: readonly GlossaryTerm[], matcher: Matcher): void {
  const order: string[] = [];
  for (const section of parsed.article.sections) {
    const linked = new Set<string>();
    for (const block of section.blocks) {
      if (block.type === "concept") block.glossaryId = glossaryIdOf([block.term, ...block.aliases], glossary);
      const tree = blockTree(block, parsed);
      if (!tree || !("render" in block)) continue;
      const own = ownTerms(block, matcher);
      const fresh = mentionedTerms(tree, matcher).filter((id) => !linked.has(id) && !own.has(id));
      for (const id of fresh) linked.add(id);
      block.render.termLinks = fresh;
      for (const id of fresh) if (!order.includes(id)) order.push(id);
    }
  }
  const byId = new Map(glossary.map((t) => [t.id, t]));
  parsed.article.linkedTerms = order.flatMap((id) => {
    const term = byId.get(id);
    return term ? [{ id, ...previewOf(term) }] : [];
  });
}

export interface TermLinksOptions {
  glossary: readonly GlossaryTerm[];
  matcher: Matcher;
}

/** Step: decides the article's glossary links (see `linkTerms`). */
export function remarkTermLinks(options: TermLinksOptions) {
  return (_tree: Root, file: VFile) => {
    if (file.data.parsed) linkTerms(file.data.parsed, options.glossary, options.matcher);
  };
}
