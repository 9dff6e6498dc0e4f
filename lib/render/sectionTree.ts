import type { Section } from "@/lib/content/schema";

export interface SectionNode {
  readonly section: Section;
  readonly children: SectionNode[];
}

/** Nests the corpus's flat, ordered section list by parentId; orphans become top-level nodes. */
export function sectionTree(sections: readonly Section[]): SectionNode[] {
  const nodes = new Map<string, SectionNode>();
  const roots: SectionNode[] = [];
  for (const section of sections) {
    const node: SectionNode = { section, children: [] };
    nodes.set(section.id, node);
    const parent = section.parentId ? nodes.get(section.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The section and all of its descendants, in document order. */
export function subtree(sections: readonly Section[], id: string): Section[] {
  const ids = new Set([id]);
  return sections.filter((s) => {
    if (ids.has(s.id)) return true;
    if (s.parentId && ids.has(s.parentId)) {
      ids.add(s.id);
      return true;
    }
    return false;
  });
}

/** The section's title with its number, as shown in headings and the TOC. */
export function sectionLabel(section: Pick<Section, "number" | "title">): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}
