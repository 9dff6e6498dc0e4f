import type { Components } from "react-markdown";

/**
 * Extra element → component mappings for article Markdown, spread into the react-markdown
 * `components` map after the reader's own (links, code). Features add their entries here.
 */
export const extraMarkdownComponents: Components = {};
