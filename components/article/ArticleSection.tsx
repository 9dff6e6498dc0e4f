import type { SectionNode } from "@/lib/render/sectionTree";
import { sharePath } from "@/lib/routes";
import { BlockRenderer } from "./BlockRenderer";
import { Heading } from "./Heading";
import type { RenderContext } from "./renderContext";

/** A section with its heading, blocks and nested subsections; its element carries the section id. */
export function ArticleSection({ node, ctx }: { node: SectionNode; ctx: RenderContext }) {
  const { section } = node;
  return (
    <section id={section.id} className={`section section-${section.kind}`}>
      <Heading level={section.level} number={section.number} title={section.title} shareHref={sharePath(ctx.articleSlug, section.id)} />
      {section.blocks.map((block, index) => (
        <BlockRenderer key={block.id} block={block} index={index} section={section} ctx={ctx} />
      ))}
      {node.children.map((child) => (
        <ArticleSection key={child.section.id} node={child} ctx={ctx} />
      ))}
    </section>
  );
}
