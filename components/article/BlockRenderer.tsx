import type { Article, Block, GlossaryTerm, Section } from "@/lib/content/schema";
import { diagramCaption } from "@/lib/render/diagramCaption";
import { articlePath } from "@/lib/site";
import { CodeBlock } from "./CodeBlock";
import { ConceptCard } from "./ConceptCard";
import { Diagram } from "./Diagram";
import { FaqItem } from "./FaqItem";
import { Formula } from "./Formula";
import { Prose } from "./Prose";
import { TableBlock } from "./TableBlock";

/** Finds the glossary entry a concept card should link to (same term or a shared alias). */
function glossaryIdFor(term: string, aliases: readonly string[], glossary: readonly GlossaryTerm[]): string | null {
  const names = new Set([term, ...aliases].map((n) => n.toLowerCase()));
  const hit = glossary.find((g) => [g.term, ...g.aliases].some((n) => names.has(n.toLowerCase())));
  return hit?.id ?? null;
}

/** The single map from a block's `type` to the component that renders it. */
export function BlockRenderer({
  block,
  index,
  article,
  section,
  glossary,
}: {
  block: Block;
  index: number;
  article: Article;
  section: Section;
  glossary: readonly GlossaryTerm[];
}) {
  const ctx = { article, section };
  switch (block.type) {
    case "prose":
      return <Prose markdown={block.markdown} ctx={ctx} />;
    case "formula":
      return <Formula id={block.id} latex={block.latex} />;
    case "code":
      return <CodeBlock id={block.id} code={block.code} lang={block.lang} />;
    case "diagram":
      return <Diagram id={block.id} number={block.number} source={block.source} caption={diagramCaption(section, index)} />;
    case "table":
      return <TableBlock id={block.id} markdown={block.markdown} ctx={ctx} />;
    case "faq":
      return <FaqItem id={block.id} question={block.question} answer={block.answer} ctx={ctx} articlePath={articlePath(article.slug)} />;
    case "concept":
      return (
        <ConceptCard
          id={block.id}
          term={block.term}
          aliases={block.aliases}
          definition={block.definition}
          glossaryId={glossaryIdFor(block.term, block.aliases, glossary)}
          ctx={ctx}
        />
      );
  }
}
