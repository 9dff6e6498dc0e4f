import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/** A link found in the built site: where it stands and what it points to, as written. */
export interface FoundLink {
  /** Path of the file holding the link, relative to the site root (e.g. `articles/x/index.html`). */
  file: string;
  line: number;
  column: number;
  /** What kind of reference this is, for messages ("a href", "link href", "sitemap loc"…). */
  via: string;
  url: string;
}

/** One HTML page of the export: its URL path, the ids a fragment may target, and its links. */
export interface BuiltPage {
  file: string;
  urlPath: string;
  ids: Set<string>;
  links: FoundLink[];
}

/** Element attributes that reference another resource (hast property names). */
const linkAttributes: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcSet"],
  source: ["src", "srcSet"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  video: ["src", "poster"],
  audio: ["src"],
  use: ["href", "xLinkHref"],
};

/** Meta tags whose content is a URL on this site when absolute with our origin. */
const urlMetaProperties = new Set(["og:url", "og:image", "twitter:image"]);

export function* filesUnder(dir: string, extension: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full, extension);
    else if (entry.name.endsWith(extension)) yield full;
  }
}

/** `articles/x/index.html` → `/articles/x/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  return file.endsWith("index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

function srcsetUrls(value: unknown): string[] {
  const list = Array.isArray(value) ? value.join(",") : String(value);
  return list
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** The URL in `<meta http-equiv="refresh" content="0; url=…">`, if any. */
export function refreshTarget(content: string): string | null {
  const match = /^\s*\d+(?:\.\d+)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(content);
  return match?.[2] ?? null;
}

function linksOf(element: Element): { via: string; url: string }[] {
  const props = element.properties;
  const found: { via: string; url: string }[] = [];
  for (const attribute of linkAttributes[element.tagName] ?? []) {
    const value = props[attribute];
    if (value === undefined || value === null) continue;
    const urls = attribute === "srcSet" ? srcsetUrls(value) : [String(value)];
    for (const url of urls) found.push({ via: `${element.tagName} ${attribute}`, url });
  }
  if (element.tagName === "meta") {
    const content = String(props.content ?? "");
    if (String(props.httpEquiv ?? "").toLowerCase() === "refresh") {
      const target = refreshTarget(content);
      if (target) found.push({ via: "meta refresh", url: target });
    }
    if (urlMetaProperties.has(String(props.property ?? props.name ?? ""))) found.push({ via: "meta content", url: content });
  }
  return found;
}

/** Parse one page with a real HTML parser (parse5 via hast) and collect its ids and links. */
export function readPage(html: string, file: string): BuiltPage {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  visit(tree, "element", (element: Element) => {
    const { id, name } = element.properties;
    if (typeof id === "string" && id) ids.add(id);
    if (element.tagName === "a" && typeof name === "string" && name) ids.add(name);
    const start = element.position?.start;
    for (const link of linksOf(element)) {
      links.push({ file, line: start?.line ?? 0, column: start?.column ?? 0, ...link });
    }
  });
  return { file, urlPath: urlPathOf(file), ids, links };
}

/** Every HTML page under outDir, parsed. */
export function readBuiltSite(outDir: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const full of filesUnder(outDir, ".html")) {
    const file = path.relative(outDir, full).split(path.sep).join("/");
    const page = readPage(readFileSync(full, "utf8"), file);
    pages.set(page.urlPath, page);
  }
  return pages;
}
