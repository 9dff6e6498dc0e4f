import type { Article } from "@/lib/content/schema";
import { TermPreviewsClient } from "./TermPreviewsClient";
import "./glossary.css";

/** Mounts the page's single preview card with the data of just the terms this article links (decided in the compile). */
export function GlossaryPreviews({ terms }: { terms: Article["linkedTerms"] }) {
  if (terms.length === 0) return null;
  return <TermPreviewsClient terms={Object.fromEntries(terms.map(({ id, ...preview }) => [id, preview]))} />;
}
