import type { SectionNode } from "@/lib/render/sectionTree";
import { sectionLabel } from "@/lib/render/sectionTree";

/** Table of contents: the top two levels of the section tree (deeper ones would bury the outline). */
export function Toc({ tree, depth = 2 }: { tree: readonly SectionNode[]; depth?: number }) {
  if (tree.length === 0 || depth === 0) return null;
  return (
    <ol className="toc-list">
      {tree.map((node) => (
        <li key={node.section.id}>
          <a href={`#${node.section.id}`} data-toc-id={node.section.id}>
            {sectionLabel(node.section)}
          </a>
          <Toc tree={node.children} depth={depth - 1} />
        </li>
      ))}
    </ol>
  );
}
