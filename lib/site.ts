/** Site-wide constants. The base URL makes canonical, Open Graph and sitemap URLs absolute. */
export const SITE_NAME = "AI Infra 读本";
export const SITE_DESCRIPTION = "五篇中文 AI 基础设施文章的阅读器与术语表：公式、图表、代码与问答，一处读完。";
/** The public origin given at build (SITE_URL), or null: then links are made from the page's own origin. */
export const PUBLIC_ORIGIN = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/+$/, "") : null;
export const SITE_URL = PUBLIC_ORIGIN ?? "http://localhost:3000";

/** Absolute URL for a site path ("/articles/x/" → "http://host/articles/x/"). */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
