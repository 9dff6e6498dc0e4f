import type { Element, ElementContent, Parents, Root, Text } from "hast";
import type { TermLink } from "@/lib/content/schema";
import { glossaryPath } from "@/lib/routes";
import { linkableHastTexts } from "./linkableText";

export interface TermLinkOptions {
  /** The fragment's links as the compile placed them: offsets into its linkable text. */
  readonly links: readonly TermLink[];
}

/** Class on every glossary link; the preview card finds links by it. */
export const TERM_LINK_CLASS = "term-link";

function termLink(id: string, text: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: { href: glossaryPath(id), className: [TERM_LINK_CLASS], dataTerm: id },
    children: [{ type: "text", value: text }],
  };
}

/**
 * Wraps each mention the compile chose in a link to its glossary entry. Nothing is searched here:
 * the links come with their offsets, counted over the same linkable text (never inside headings,
 * code, math or existing links).
 */
export default function rehypeTermLinks(options: TermLinkOptions) {
  const links = [...options.links].sort((a, b) => a.at - b.at);
  return (tree: Root) => {
    if (links.length === 0) return;
    const edits: { parent: Parents; node: Text; parts: ElementContent[] }[] = [];
    let offset = 0;
    for (const { text, parent } of linkableHastTexts(tree)) {
      const end = offset + text.value.length;
      // A link applies only where its text is found whole at its offset: a mention that a note
      // mark cut in two, or a fragment that renders differently from the compile's, keeps its words.
      const inside = links.filter((link) => link.at >= offset && link.at + link.text.length <= end && text.value.startsWith(link.text, link.at - offset));
      if (inside.length > 0) {
        const parts: ElementContent[] = [];
        let at = 0;
        for (const link of inside) {
          const start = link.at - offset;
          if (start > at) parts.push({ type: "text", value: text.value.slice(at, start) });
          parts.push(termLink(link.term, link.text));
          at = start + link.text.length;
        }
        if (at < text.value.length) parts.push({ type: "text", value: text.value.slice(at) });
        edits.push({ parent, node: text, parts });
      }
      offset = end;
    }
    for (const { parent, node, parts } of edits) {
      const index = parent.children.indexOf(node);
      if (index >= 0) parent.children.splice(index, 1, ...(parts as typeof parent.children));
    }
  };
}
