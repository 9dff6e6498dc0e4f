import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { linkableHastTexts } from "@/lib/glossary/linkableText";
import { previewOf } from "@/lib/glossary/preview";
import type { ParsedArticle } from "./article";
import "./fileData";
import { findMentions, type Matcher } from "./mentions";
import { hastOfMarkdown, renderedTree } from "./renderedTree";
import type { Block, GlossaryTerm, TermLink } from "./schema";

/**
 * Decides every glossary link of an article once, in the compile: a term links at its first
 * mention in each section, in the block where that mention is. Each link is stored with its place
 * in the block's rendered text, so the page wraps it without searching for anything.
 */

/**
 * The glossary links of one rendered fragment: the first mention of each term not linked yet
 * (`linked`, which this adds to) and not in `own`, placed by offsets into the fragment's linkable
 * text, with the text found there.
 */
export function treeTermLinks(tree: HastRoot, matcher: Matcher, linked = new Set<string>(), own: ReadonlySet<string> = new Set()): TermLink[] {
  const links: TermLink[] = [];
  let offset = 0;
  for (const { text } of linkableHastTexts(tree)) {
    for (const mention of findMentions(text.value, matcher)) {
      if (linked.has(mention.termId) || own.has(mention.termId)) continue;
      linked.add(mention.termId);
      links.push({ term: mention.termId, at: offset + mention.start, text: text.value.slice(mention.start, mention.end) });
    }
    offset += text.value.length;
  }
  return links;
}

/** The same for a fragment of Markdown. */
export function fragmentTermLinks(markdown: string, matcher: Matcher, linked?: Set<string>, own?: ReadonlySet<string>): TermLink[] {
  return treeTermLinks(hastOfMarkdown(markdown), matcher, linked, own);
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
      if (!("render" in block)) continue;
      const tree = renderedTree(block, parsed);
      if (!tree) continue;
      block.render.termLinks = treeTermLinks(tree, matcher, linked, ownTerms(block, matcher));
      for (const { term } of block.render.termLinks) if (!order.includes(term)) order.push(term);
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
