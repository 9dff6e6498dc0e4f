import type { SearchDocKind } from "@/lib/search/documents";

/** The badge a result wears; sections, the common case, wear none. */
export function kindLabel(kind: SearchDocKind): string | null {
  if (kind === "faq") return "问答";
  if (kind === "term") return "术语";
  return null;
}
