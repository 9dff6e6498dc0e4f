import type { Element, ElementContent, Root } from "hast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/**
 * A note's body is shown inside the very paragraph it annotates, so it may only hold phrasing
 * content: paragraphs become block-styled spans, and anything that cannot live in a <p> (lists,
 * quotes, tables, headings, raw HTML) is refused, naming the note.
 */
const PHRASING = new Set(["a", "strong", "em", "code", "del", "span", "br", "sup", "sub"]);

/** Links in our own notes still only go to the web or within the site. */
function safeHref(href: unknown): boolean {
  return typeof href === "string" && (/^https?:\/\//i.test(href) || href.startsWith("/") || href.startsWith("#"));
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);

export function noteBodyHast(noteId: string, markdown: string): ElementContent[] {
  const mdast = processor.parse(markdown);
  visit(mdast, "html", () => {
    throw new Error(`Note \`${noteId}\`: raw HTML is not allowed in a note body`);
  });
  const tree = processor.runSync(mdast) as Root;
  visit(tree, (node) => {
    if (node.type !== "element") return;
    const el = node as Element;
    if (el.tagName === "p") {
      el.tagName = "span";
      el.properties = { className: ["note-para"] };
    } else if (!PHRASING.has(el.tagName)) {
      throw new Error(`Note \`${noteId}\`: <${el.tagName}> cannot sit inside a paragraph; use plain paragraphs`);
    }
    if (el.tagName === "a" && !safeHref(el.properties.href)) {
      throw new Error(`Note \`${noteId}\`: link target ${String(el.properties.href)} is not http(s) or site-relative`);
    }
  });
  return tree.children.filter((c): c is ElementContent => c.type !== "doctype");
}
