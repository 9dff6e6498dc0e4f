import type { Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { articlePath, feedPath, glossaryIndexPath, glossaryPath, homePath, notesFeedPath, notesPath, searchPagePath } from "../routes";
import type { ParsedArticle } from "./article";
import "./fileData";
import { warn } from "./problems";
import type { Corpus } from "./schema";

/**
 * Links and images in articles that lead nowhere on this site. An article is a single page: a
 * relative target (`figure.png`, `../x.md`) or a site path no page has cannot resolve. Such a link
 * is a warning at its source line, and the page shows its text (an image, its description) in
 * place of a broken link: one article's slip never fails the build.
 */

/** Paths the site serves besides its pages (feeds, sitemap, search). */
const FIXED_PATHS = [homePath, glossaryIndexPath, notesPath, searchPagePath, feedPath, notesFeedPath, "/sitemap.xml", "/robots.txt"];

export function sitePaths(corpus: Pick<Corpus, "articles" | "glossary">): Set<string> {
  return new Set([
    ...FIXED_PATHS,
    ...corpus.articles.map((a) => articlePath(a.slug)),
    ...corpus.glossary.map((t) => glossaryPath(t.id)),
  ]);
}

/** True when a link or image target cannot resolve on this site. Other schemes are the URL policy's business. */
export function leadsNowhere(url: string, paths: ReadonlySet<string>): boolean {
  const value = url.trim();
  if (value === "" || value.startsWith("#") || value.startsWith("//")) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value.replace(/[\s\p{Cc}]+/gu, ""))) return false;
  if (!value.startsWith("/")) return true;
  const pathOnly = value.replace(/[?#].*$/, "");
  return !paths.has(pathOnly.endsWith("/") || /\.[a-z]+$/i.test(pathOnly) ? pathOnly : `${pathOnly}/`);
}

/** Reports every dead link and image of an article and lists their targets on their block. */
export function markDeadLinks(parsed: ParsedArticle, paths: ReadonlySet<string>): void {
  for (const section of parsed.article.sections) {
    for (const block of section.blocks) {
      if (!("render" in block)) continue;
      const dead = new Set<string>();
      for (const node of parsed.blockNodes.get(block.id) ?? []) {
        visit(node as Nodes, (n) => {
          if ((n.type !== "link" && n.type !== "image") || !leadsNowhere(n.url, paths)) return;
          dead.add(n.url);
          const what = n.type === "image" ? "Image" : "Link";
          const shown = n.type === "image" ? "its description is shown in its place" : "its text is shown without a link";
          warn(parsed.file, "dead-link", `${what} target "${n.url}" is not a page of this site; ${shown}`, n.position);
        });
      }
      block.render.deadLinks = [...dead];
    }
  }
}

/** Step: reports the article's dead links and lists them on their blocks (see `markDeadLinks`). */
export function remarkDeadLinks(options: { paths: ReadonlySet<string> }) {
  return (_tree: Root, file: VFile) => {
    if (file.data.parsed) markDeadLinks(file.data.parsed, options.paths);
  };
}
