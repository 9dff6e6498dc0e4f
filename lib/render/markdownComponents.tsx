import type { Components } from "react-markdown";
import { glossaryMarkdownComponents } from "@/components/glossary/GlossaryPreviews";
import { NoteRef } from "@/components/notes/NoteRef";

/**
 * Extra element → component mappings for article Markdown, spread into the react-markdown
 * `components` map after the reader's own (links, code). Features add their entries here.
 */
export const extraMarkdownComponents: Components = {
  "note-ref": NoteRef,
  ...glossaryMarkdownComponents,
};
