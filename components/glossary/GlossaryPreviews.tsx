import { articlePreviews } from "@/lib/glossary/articleLinks";
import { PREVIEW_HOST_TAG } from "@/lib/glossary/rehypeTermLinks";
import { TermPreviewsClient } from "./TermPreviewsClient";
import "./glossary.css";

/**
 * Mounts the page's single preview card where the term-link plugin left its marker, with the
 * data of only the terms this article links.
 */
export function GlossaryPreviews(props: { "data-article"?: string }) {
  const slug = props["data-article"];
  if (!slug) return null;
  return <TermPreviewsClient terms={articlePreviews(slug)} />;
}

/** Entry for the react-markdown `components` map (a custom element, so it is typed loosely). */
export const glossaryMarkdownComponents = { [PREVIEW_HOST_TAG]: GlossaryPreviews } as Record<string, unknown>;
