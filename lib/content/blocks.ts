import type { Nodes, Root, RootContent } from "mdast";
import type { Point } from "unist";
import { VFile } from "vfile";
import { conceptFromSection, conceptsFromList, conceptsFromPairHeading } from "./concepts";
import { extractFaq } from "./faq";
import type { Block, Code, Concept, Diagram, FaqItem, Formula, MarkdownRender } from "./schema";
import type { RawSection } from "./sections";
import { parseMarkdown } from "./markdown";
import { excerpt, FOR_EXCERPT, FOR_SEARCH, plainText, sliceNodes } from "./text";

/** A formula with its place in the file, for KaTeX messages. */
export type LocatedFormula = Formula & { place: Point | undefined };

/** A fresh render record; the compile's later steps (term links, notes) fill it in. */
export function emptyRender(listings: string[] = []): MarkdownRender {
  return { termLinks: [], notes: [], blockNotes: [], listings, deadLinks: [] };
}

/** Per-article id sequences and the article-wide lists the blocks feed. */
export class ArticleParts {
  private readonly next = { f: 0, code: 0, fig: 0, t: 0, faq: 0, c: 0, p: 0 };
  readonly formulas: LocatedFormula[] = [];
  readonly code: Code[] = [];
  readonly diagrams: Diagram[] = [];
  readonly faq: FaqItem[] = [];
  readonly concepts: Concept[] = [];
  /** The mdast nodes each block was made from, for the steps that read text (mentions, notes). */
  readonly blockNodes = new Map<string, readonly RootContent[]>();
  /** Each FAQ answer's own tree (markers removed), parsed once: term links and its excerpt read it. */
  readonly answerTrees = new Map<string, Root>();

  /** Ids of the listings `collectNested` found in one block, in document order. */
  listingsOf(blockId: string): string[] {
    return this.code.filter((c) => c.blockId === blockId && c.id !== blockId).map((c) => c.id);
  }

  id(kind: keyof ArticleParts["next"]): string {
    this.next[kind] += 1;
    return `${kind}-${this.next[kind]}`;
  }

  /** Formulas and code nested inside a Markdown block, in document order, with their page ids. */
  collectNested(nodes: readonly RootContent[], sectionId: string, blockId: string): void {
    const visit = (node: Nodes) => {
      if (node.type === "math" || node.type === "inlineMath") {
        if (!node.value.trim()) return;
        this.formulas.push({
          id: this.id("f"),
          sectionId,
          latex: node.value,
          display: node.type === "math",
          blockId,
          place: node.position?.start,
        });
      } else if (node.type === "code") {
        this.code.push({ id: this.id("code"), sectionId, lang: node.lang ?? null, code: node.value, blockId });
      } else if ("children" in node) {
        for (const child of node.children) visit(child as Nodes);
      }
    };
    for (const node of nodes) visit(node);
  }
}

const MERMAID = /^mermaid$/i;

function lineOf(node: RootContent | undefined): number {
  return node?.position?.start.line ?? 1;
}

/**
 * Classifies one section's top-level nodes into typed blocks. Consecutive prose nodes become one
 * prose block holding their Markdown source; FAQ and concept sections get their own block types.
 */
export function classifySection(section: RawSection, source: string, parts: ArticleParts, knownTerms: Set<string>): Block[] {
  const blocks: Block[] = [];
  let prose: RootContent[] = [];
  const sectionId = section.id;

  const flush = () => {
    if (prose.length === 0) return;
    const markdown = sliceNodes(source, prose).trim();
    if (markdown) {
      const id = parts.id("p");
      parts.collectNested(prose, sectionId, id);
      parts.blockNodes.set(id, prose);
      blocks.push({ type: "prose", id, line: lineOf(prose[0]), markdown, render: emptyRender(parts.listingsOf(id)) });
    }
    prose = [];
  };

  const addConcept = (term: string, aliases: string[], definition: string, nodes: RootContent[]) => {
    const id = parts.id("c");
    parts.collectNested(nodes, sectionId, id);
    parts.blockNodes.set(id, nodes);
    knownTerms.add(term.toLowerCase());
    parts.concepts.push({ id, term, aliases, definition, sectionId });
    const render = emptyRender(parts.listingsOf(id));
    blocks.push({ type: "concept", id, line: lineOf(nodes[0]), term, aliases, definition, render, glossaryId: null });
  };

  const classify = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === "code") {
        flush();
        if (node.lang && MERMAID.test(node.lang) && node.value.trim()) {
          const id = parts.id("fig");
          const number = parts.diagrams.length + 1;
          parts.diagrams.push({ id, sectionId, number, source: node.value });
          blocks.push({ type: "diagram", id, line: lineOf(node), number, source: node.value });
        } else {
          const id = parts.id("code");
          parts.code.push({ id, sectionId, lang: node.lang ?? null, code: node.value, blockId: id });
          parts.blockNodes.set(id, [node]);
          blocks.push({ type: "code", id, line: lineOf(node), lang: node.lang ?? null, code: node.value, notes: [] });
        }
      } else if (node.type === "math") {
        flush();
        if (!node.value.trim()) continue;
        const id = parts.id("f");
        parts.formulas.push({ id, sectionId, latex: node.value, display: true, blockId: id, place: node.position?.start });
        parts.blockNodes.set(id, [node]);
        blocks.push({ type: "formula", id, line: lineOf(node), latex: node.value, notes: [] });
      } else if (node.type === "table") {
        flush();
        const id = parts.id("t");
        parts.collectNested([node], sectionId, id);
        parts.blockNodes.set(id, [node]);
        blocks.push({ type: "table", id, line: lineOf(node), markdown: sliceNodes(source, [node]), render: emptyRender(parts.listingsOf(id)) });
      } else if (node.type === "list" && section.kind === "concepts" && conceptsFromList(node, source)) {
        flush();
        const concepts = conceptsFromList(node, source) ?? [];
        for (const [i, item] of node.children.entries()) {
          addConcept(concepts[i].term, concepts[i].aliases, concepts[i].definition, [item]);
        }
      } else if (node.type === "heading") {
        flush();
      } else {
        prose.push(node);
      }
    }
    flush();
  };

  if (section.kind === "faq") {
    const { leading, items, trailing } = extractFaq(section.nodes, source);
    classify(leading);
    for (const item of items) {
      const id = parts.id("faq");
      parts.collectNested(item.nodes, sectionId, id);
      parts.blockNodes.set(id, item.nodes);
      const answerTree = parseMarkdown(new VFile({ value: item.answer }));
      parts.answerTrees.set(id, answerTree);
      parts.faq.push({
        id,
        sectionId,
        question: item.question,
        answer: item.answer,
        text: plainText(answerTree.children, FOR_SEARCH),
        excerpt: excerpt(plainText(answerTree.children, FOR_EXCERPT)),
      });
      const render = emptyRender(parts.listingsOf(id));
      blocks.push({ type: "faq", id, line: item.line, question: item.question, answer: item.answer, render });
    }
    classify(trailing);
    return blocks;
  }

  let nodes = section.nodes;
  if (section.kind === "concepts") {
    // An `X与Y` heading may define both terms in one paragraph: they are recorded as concepts,
    // and the paragraph itself renders as it would without them.
    const paired = conceptsFromPairHeading(section.title, nodes, source);
    const found = conceptFromSection(section.title, nodes, source);
    if (found && !knownTerms.has(found.concept.term.toLowerCase())) {
      const { term, aliases, definition } = found.concept;
      addConcept(term, aliases, definition, [found.node]);
      nodes = nodes.slice(1);
    }
    for (const { term, aliases, definition } of paired) {
      if (knownTerms.has(term.toLowerCase())) continue;
      knownTerms.add(term.toLowerCase());
      parts.concepts.push({ id: parts.id("c"), term, aliases, definition, sectionId });
    }
  }
  classify(nodes);
  return blocks;
}
