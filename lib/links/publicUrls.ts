import { existsSync, writeFileSync } from "node:fs";
import { reporter } from "vfile-reporter";
import { readJsonValue } from "@/lib/content/jsonFile";
import { hasErrors, ProblemLog } from "@/lib/content/problems";
import path from "node:path";
import { z } from "zod";
import type { Corpus } from "@/lib/content/schema";
import { articleAnchorPath, articlePath, glossaryIndexPath, glossaryPath, homePath, sharePath } from "@/lib/routes";
import { type Redirects, SitePath } from "./redirects";

/**
 * Published URLs are a promise: content/urls.json lists every public URL (pages, section and
 * FAQ anchors, share pages, glossary terms). One may only disappear with a redirect.
 */
export const urlsFile = path.resolve(import.meta.dirname, "../../content/urls.json");

export const UrlRegistry = z.array(SitePath);

/** Every public URL the corpus promises, sorted. */
export function publicUrls(corpus: Corpus): string[] {
  const urls = new Set([homePath, glossaryIndexPath]);
  for (const article of corpus.articles) {
    urls.add(articlePath(article.slug));
    for (const section of article.sections) {
      urls.add(articleAnchorPath(article.slug, section.id));
      urls.add(sharePath(article.slug, section.id));
    }
    for (const item of article.faq) urls.add(articleAnchorPath(article.slug, item.id));
  }
  for (const term of corpus.glossary) urls.add(glossaryPath(term.id));
  return [...urls].sort();
}

/** The registered URLs, or an Error whose message reports every bad entry with file:line:column. */
export function loadUrlRegistry(file = urlsFile): string[] {
  if (!existsSync(file)) return [];
  const log = new ProblemLog();
  const { data } = readJsonValue(file, UrlRegistry, "urls", log);
  if (hasErrors(log.list()) || !data) throw new Error(reporter(log.vfiles()));
  return data;
}

export function saveUrlRegistry(urls: readonly string[], file = urlsFile): void {
  writeFileSync(file, `${JSON.stringify(urls, null, 1)}\n`);
}

/** Registered URLs that are gone now and have no redirect. */
export function vanishedUrls(registry: readonly string[], current: readonly string[], redirects: Redirects): string[] {
  const now = new Set(current);
  return registry.filter((url) => !now.has(url) && redirects[url] === undefined);
}
