import type { Article } from "@/lib/content/schema";

/** The smallest valid article — one empty section, nothing else — with the fields a test cares about set. */
export function testArticle(over: Partial<Article> = {}): Article {
  return {
    slug: "a",
    order: 0,
    title: "a",
    source: "content/articles/a.md",
    author: null,
    keywords: [],
    summary: null,
    charCount: 1,
    readingMinutes: 1,
    sections: [{ id: "s-1", number: "1", title: "一", level: 2, kind: "other", parentId: null, blocks: [], text: "", excerpt: "", line: 1 }],
    formulas: [],
    code: [],
    diagrams: [],
    faq: [],
    concepts: [],
    linkedTerms: [],
    ...over,
  };
}
