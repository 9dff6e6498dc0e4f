import type { Article } from "@/lib/content/schema";
import { articlePath } from "@/lib/routes";
import { SITE_NAME, absoluteUrl } from "@/lib/site";

/** schema.org Article for search engines; serialized so "</script>" in a title cannot close the tag. */
export function articleJsonLd(article: Article): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    inLanguage: "zh-CN",
    keywords: article.keywords.join(", "),
    description: article.summary ?? undefined,
    author: article.author ? { "@type": "Person", name: article.author } : undefined,
    datePublished: article.published,
    dateModified: article.updated,
    url: absoluteUrl(articlePath(article.slug)),
    mainEntityOfPage: absoluteUrl(articlePath(article.slug)),
    publisher: { "@type": "Organization", name: SITE_NAME },
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
