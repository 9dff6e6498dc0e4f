import type { Article } from "@/lib/content/schema";
import { excerpt } from "@/lib/content/text";

/** "3 图 · 4 公式 · 5 代码 · 8 问答" parts, skipping kinds the article does not have. */
export function articleCounts(article: Article): { label: string; count: number }[] {
  return [
    { label: "图", count: article.diagrams.length },
    { label: "公式", count: article.formulas.length },
    { label: "代码", count: article.code.length },
    { label: "问答", count: article.faq.length },
  ];
}

/** The article's own summary, or its opening lines when it has none. */
export function articleBlurb(article: Article, max = 120): string {
  if (article.summary) return excerpt(article.summary, max);
  return article.sections.find((s) => s.excerpt)?.excerpt ?? "";
}
