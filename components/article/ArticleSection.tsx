import type { Article, GlossaryTerm } from "@/lib/content/schema";
import type { SectionNode } from "@/lib/render/sectionTree";
import { articlePath } from "@/lib/site";
import { BlockRenderer } from "./BlockRenderer";
import { Heading } from "./Heading";

/** A section with its heading, blocks and nested subsections; its element carries the section id. */
export function ArticleSection({
  node,
  article,
  glossary,
}: {
  node: SectionNode;
  article: Article;
  glossary: readonly GlossaryTerm[];
}) {
  const { section } = node;
  return (
    <section id={section.id} className={`section section-${section.kind}`}>
      <Heading
        level={section.level}
        number={section.number}
        title={section.title}
        sectionId={section.id}
        articlePath={articlePath(article.slug)}
      />
      {section.blocks.map((block, index) => (
        <BlockRenderer key={block.id} block={block} index={index} article={article} section={section} glossary={glossary} />
      ))}
      {node.children.map((child) => (
        <ArticleSection key={child.section.id} node={child} article={article} glossary={glossary} />
      ))}
    </section>
  );
}
