import type { Element, ElementContent, Parents, Root, Text } from "hast";
import { visitParents } from "unist-util-visit-parents";
import { findMentions } from "@/lib/content/mentions";
import { glossaryPath } from "@/lib/routes";
import { skippedClasses, skippedTags } from "./linkableText";

type Matcher = Parameters<typeof findMentions>[1];

export interface TermLinkOptions {
  readonly matcher: Matcher;
  /** Terms this fragment links (each at its first mention), as decided in the compile; null links every term once. */
  readonly allow?: ReadonlySet<string> | null;
}

/** Class on every glossary link; the preview card finds links by it. */
export const TERM_LINK_CLASS = "term-link";

function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}

function isSkipped(element: Element): boolean {
  return skippedTags.has(element.tagName) || classesOf(element).some((c) => skippedClasses.has(c));
}

function termLink(id: string, text: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: { href: glossaryPath(id), className: [TERM_LINK_CLASS], dataTerm: id },
    children: [{ type: "text", value: text }],
  };
}

/**
 * Links the first mention of each glossary term in a fragment of article prose to its entry.
 * Never inside headings, code, math or existing links; the matcher decides overlaps (longest
 * match first), so 模型微调 is linked whole rather than as 微调.
 */
export default function rehypeTermLinks(options: TermLinkOptions) {
  const allow = options.allow ?? null;
  return (tree: Root) => {
    const linked = new Set<string>();
    const edits: { parent: Parents; node: Text; parts: ElementContent[] }[] = [];
    visitParents(tree, "text", (node, ancestors) => {
      if (ancestors.some((a) => a.type === "element" && isSkipped(a))) return;
      const mentions = findMentions(node.value, options.matcher).filter((m) => {
        if (linked.has(m.termId) || (allow && !allow.has(m.termId))) return false;
        linked.add(m.termId);
        return true;
      });
      if (mentions.length === 0) return;
      const parts: ElementContent[] = [];
      let at = 0;
      for (const m of mentions) {
        if (m.start > at) parts.push({ type: "text", value: node.value.slice(at, m.start) });
        parts.push(termLink(m.termId, node.value.slice(m.start, m.end)));
        at = m.end;
      }
      if (at < node.value.length) parts.push({ type: "text", value: node.value.slice(at) });
      edits.push({ parent: ancestors[ancestors.length - 1], node, parts });
    });
    for (const { parent, node, parts } of edits) {
      const index = parent.children.indexOf(node);
      if (index >= 0) parent.children.splice(index, 1, ...(parts as typeof parent.children));
    }
  };
}
