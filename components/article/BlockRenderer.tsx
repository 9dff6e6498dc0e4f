import type { Block, Section } from "@/lib/content/schema";
import { diagramCaption } from "@/lib/render/diagramCaption";
import { CodeBlock } from "./CodeBlock";
import { ConceptCard } from "./ConceptCard";
import { Diagram } from "./Diagram";
import { FaqItem } from "./FaqItem";
import { Formula } from "./Formula";
import { Prose } from "./Prose";
import type { RenderContext } from "./renderContext";
import { TableBlock } from "./TableBlock";

/** The single map from a block's `type` to the component that renders it; elements inside Markdown map in markdownComponents. */
export function BlockRenderer({ block, index, section, ctx }: { block: Block; index: number; section: Section; ctx: RenderContext }) {
  switch (block.type) {
    case "prose":
      return <Prose markdown={block.markdown} render={block.render} ctx={ctx} />;
    case "formula":
      return <Formula id={block.id} latex={block.latex} notes={block.notes} />;
    case "code":
      return <CodeBlock id={block.id} code={block.code} lang={block.lang} notes={block.notes} />;
    case "diagram":
      return <Diagram articleSlug={ctx.articleSlug} id={block.id} number={block.number} source={block.source} caption={diagramCaption(section, index)} />;
    case "table":
      return <TableBlock id={block.id} markdown={block.markdown} render={block.render} ctx={ctx} />;
    case "faq":
      return <FaqItem block={block} ctx={ctx} />;
    case "concept":
      return <ConceptCard block={block} ctx={ctx} />;
  }
}
