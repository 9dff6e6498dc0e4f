import type { Corpus } from "@/lib/content/schema";
import { articleAnchorPath, glossaryPath } from "@/lib/routes";

/**
 * What a reader can land on from a search: one document per section, per FAQ item and per glossary
 * term. Three indexed fields, boosted in this order: the article's title, the document's own heading
 * (section title, question, term and aliases), and its body text.
 */

export type SearchDocKind = "section" | "faq" | "term";

export type SearchDoc = {
  /** Position in the document list; also MiniSearch's internal id. */
  id: number;
  kind: SearchDocKind;
  /** Index of the result group (an article, or the glossary) in the manifest. */
  group: number;
  url: string;
  /** What a result shows as its heading: "3.2.1 模型压缩与量化", a question or a term. */
  label: string;
  title: string;
  heading: string;
  body: string;
};

export const SEARCH_FIELDS = ["title", "heading", "body"] as const;
export const FIELD_BOOST = { title: 3, heading: 2, body: 1 } as const;

export type DocGroup =
  | { kind: "article"; slug: string; title: string; from: number; to: number }
  | { kind: "glossary"; title: string; from: number; to: number };

export const GLOSSARY_GROUP_TITLE = "术语表";

export function searchDocuments(corpus: Corpus): { docs: SearchDoc[]; groups: DocGroup[] } {
  const docs: SearchDoc[] = [];
  const groups: DocGroup[] = [];
  const add = (doc: Omit<SearchDoc, "id" | "group">) => docs.push({ ...doc, id: docs.length, group: groups.length });

  for (const article of corpus.articles) {
    const from = docs.length;
    for (const section of article.sections) {
      add({
        kind: "section",
        url: articleAnchorPath(article.slug, section.id),
        label: section.number ? `${section.number} ${section.title}` : section.title,
        title: article.title,
        heading: section.title,
        body: section.text,
      });
    }
    for (const item of article.faq) {
      add({ kind: "faq", url: articleAnchorPath(article.slug, item.id), label: item.question, title: article.title, heading: item.question, body: item.text });
    }
    groups.push({ kind: "article", slug: article.slug, title: article.title, from, to: docs.length });
  }

  const from = docs.length;
  for (const term of corpus.glossary) {
    add({
      kind: "term",
      url: glossaryPath(term.id),
      label: term.term,
      title: "",
      heading: [term.term, ...term.aliases].join(" "),
      body: term.definitions.map((d) => d.plain).join("\n"),
    });
  }
  if (docs.length > from) groups.push({ kind: "glossary", title: GLOSSARY_GROUP_TITLE, from, to: docs.length });
  return { docs, groups };
}
