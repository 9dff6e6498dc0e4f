import type { Article, Section } from "@/lib/content/schema";

/** "3 图 · 4 公式 · 5 代码 · 8 问答" parts, skipping kinds the article does not have. */
export function articleCounts(article: Article): { label: string; count: number }[] {
  return [
    { label: "图", count: article.diagrams.length },
    { label: "公式", count: article.formulas.length },
    { label: "代码", count: article.code.length },
    { label: "问答", count: article.faq.length },
  ];
}

/** First characters of plain text, cut at a sentence end when one is near the limit. */
export function excerpt(text: string, max = 120): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const stop = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return stop > max * 0.5 ? cut.slice(0, stop + 1) : `${cut}…`;
}

/** The article's own summary, or its opening lines when it has none. */
export function articleBlurb(article: Article, max = 120): string {
  if (article.summary) return excerpt(article.summary, max);
  const first = article.sections.find((s) => s.text.trim().length > 0);
  return first ? excerpt(first.text, max) : "";
}

/** Excerpt of a section for og:description: its own text, or its first subsection's. */
export function sectionExcerpt(sections: readonly Section[], section: Section, max = 150): string {
  if (section.text.trim()) return excerpt(section.text, max);
  const child = sections.find((s) => s.parentId === section.id && s.text.trim());
  return child ? excerpt(child.text, max) : section.title;
}
