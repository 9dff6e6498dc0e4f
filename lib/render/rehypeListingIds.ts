import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export interface ListingIdOptions {
  /** Ids the compile gave the code listings of this fragment, in document order. */
  readonly ids: readonly string[];
}

/**
 * Gives each code listing (`<pre>`) of a Markdown fragment the id the compile decided for it, in
 * order: two identical listings keep two ids. Runs after KaTeX, which replaces display math's `<pre>`.
 */
export default function rehypeListingIds(options: ListingIdOptions) {
  return (tree: Root) => {
    let next = 0;
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "pre") return;
      const id = options.ids[next++];
      if (id) node.properties.dataListing = id;
    });
  };
}
