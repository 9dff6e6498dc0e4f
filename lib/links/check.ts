/**
 * Link checker over the built site: every internal link, `#fragment`, sitemap entry and
 * search-index target must resolve, and every registered public URL must still exist or
 * redirect. Runs after `next build` (postbuild) and fails the build when anything is broken.
 *
 *   tsx lib/links/check.ts [outDir]      (outDir defaults to NEXT_DIST_DIR, else out/)
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SITE_URL } from "@/lib/site";
import { type BuiltPage, type FoundLink, filesUnder, readBuiltSite } from "./builtSite";
import { loadUrlRegistry } from "./publicUrls";
import { loadRedirects, type Redirects } from "./redirects";

export interface LinkProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CheckOptions {
  /** Registered public URLs that must resolve (or be redirected). */
  registry?: readonly string[];
  redirects?: Redirects;
  /** Origin under which absolute URLs count as internal. */
  siteUrl?: string;
}

/** Schemes that run script or smuggle a document; never acceptable in a link the site emits. */
const unsafeScheme = /^(?:javascript|vbscript|data):/i;
/** Where a `data:` URL is harmless: images and fonts. */
const dataAllowed = new Set(["img src", "img srcSet", "source srcSet", "link href"]);

function stripControl(url: string): string {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  return [...url].filter((char) => char.charCodeAt(0) > 0x20).join("");
}

interface Site {
  outDir: string;
  pages: Map<string, BuiltPage>;
  origin: string;
}

function fileExists(outDir: string, pathname: string): boolean {
  const full = path.join(outDir, pathname);
  return full.startsWith(outDir) && existsSync(full) && statSync(full).isFile();
}

/** Why `url` (seen on page `fromPath`) does not resolve, or null when it does or is external. */
export function brokenReason(site: Site, url: string, fromPath: string, via = "a href"): string | null {
  const bare = stripControl(url);
  if (unsafeScheme.test(bare)) {
    if (bare.toLowerCase().startsWith("data:") && dataAllowed.has(via)) return null;
    return `unsafe URL scheme in ${via}: ${url.slice(0, 80)}`;
  }
  let target: URL;
  try {
    target = new URL(url, `${site.origin}${fromPath}`);
  } catch {
    return `malformed URL in ${via}: ${url}`;
  }
  if (target.origin !== site.origin) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(target.pathname);
  } catch {
    return `malformed percent-encoding in ${url}`;
  }
  const page =
    site.pages.get(pathname) ?? (pathname.endsWith("/") ? undefined : site.pages.get(`${pathname}/`)) ?? site.pages.get(`${pathname}.html`);
  if (!page) {
    return fileExists(site.outDir, pathname) ? null : `${via} ${url}: no page or file ${pathname} in the build`;
  }
  const fragment = target.hash.slice(1);
  if (!fragment || fragment === "top") return null;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `malformed fragment in ${url}`;
  }
  return page.ids.has(id) ? null : `${via} ${url}: no element with id "${id}" on ${page.urlPath}`;
}

function lineAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}

/** `<loc>` entries of sitemap.xml and `Sitemap:` lines of robots.txt. */
function sitemapLinks(outDir: string): FoundLink[] {
  const links: FoundLink[] = [];
  const sources: [string, RegExp, string][] = [
    ["sitemap.xml", /<loc>\s*([^<\s]+)\s*<\/loc>/g, "sitemap loc"],
    ["robots.txt", /^Sitemap:\s*(\S+)/gim, "robots Sitemap"],
  ];
  for (const [file, pattern, via] of sources) {
    const full = path.join(outDir, file);
    if (!existsSync(full)) continue;
    const text = readFileSync(full, "utf8");
    for (const match of text.matchAll(pattern)) {
      const url = (match[1] ?? "").replace(/&amp;/g, "&");
      links.push({ file, ...lineAt(text, match.index ?? 0), via, url });
    }
  }
  return links;
}

/** Strings in the search index files that look like page URLs (`/articles/x/#s-1`, `/glossary/y/`). */
function searchIndexLinks(outDir: string): FoundLink[] {
  const links: FoundLink[] = [];
  const pageUrl = /^\/[a-z0-9-]+\/(?:[^\s"]*\/)?(?:#[^\s"]+)?$/i;
  for (const full of filesUnder(path.join(outDir, "search"), ".json")) {
    const file = path.relative(outDir, full).split(path.sep).join("/");
    const text = readFileSync(full, "utf8");
    const walk = (value: unknown): void => {
      if (typeof value === "string") {
        if (pageUrl.test(value)) links.push({ file, ...lineAt(text, text.indexOf(JSON.stringify(value))), via: "search target", url: value });
      } else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    walk(JSON.parse(text));
  }
  return links;
}

/** All problems of the built site in outDir; empty when every link resolves. */
export function checkBuiltSite(outDir: string, options: CheckOptions = {}): LinkProblem[] {
  const root = path.resolve(outDir);
  const site: Site = { outDir: root, pages: readBuiltSite(root), origin: new URL(options.siteUrl ?? SITE_URL).origin };
  const problems: LinkProblem[] = [];
  const report = (link: FoundLink, fromPath: string) => {
    const reason = brokenReason(site, link.url, fromPath, link.via);
    if (reason) problems.push({ file: link.file, line: link.line, column: link.column, message: reason });
  };
  for (const page of site.pages.values()) {
    for (const link of page.links) report(link, page.urlPath);
  }
  for (const link of [...sitemapLinks(root), ...searchIndexLinks(root)]) report(link, "/");

  const redirects = options.redirects ?? {};
  for (const [from, to] of Object.entries(redirects)) {
    report({ file: "content/redirects.json", line: 0, column: 0, via: `redirect target of ${from}`, url: to }, "/");
  }
  for (const url of options.registry ?? []) {
    if (redirects[url] !== undefined) continue;
    const reason = brokenReason(site, url, "/", "registered URL");
    if (reason) {
      problems.push({
        file: "content/urls.json",
        line: 0,
        column: 0,
        message: `${reason} — a published URL disappeared; add a redirect to content/redirects.json, or run \`npm run urls:update\` if removing it is deliberate`,
      });
    }
  }
  return problems;
}

export function formatProblem(outDirLabel: string, problem: LinkProblem): string {
  const file = problem.file.startsWith("content/") ? problem.file : `${outDirLabel}/${problem.file}`;
  return problem.line > 0 ? `${file}:${problem.line}:${problem.column}: ${problem.message}` : `${file}: ${problem.message}`;
}

function main(): void {
  const outDir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? "out");
  if (!existsSync(outDir)) {
    console.error(`Link check: ${outDir} does not exist; run \`npm run build\` first.`);
    process.exit(1);
  }
  // The URL registry describes the repo's own articles; a build from another folder has other URLs.
  const ownContent = !process.env.CONTENT_DIR;
  const problems = checkBuiltSite(outDir, {
    registry: ownContent ? loadUrlRegistry() : [],
    redirects: ownContent ? loadRedirects() : {},
  });
  const label = path.relative(process.cwd(), outDir) || ".";
  for (const problem of problems) console.error(formatProblem(label, problem));
  if (problems.length > 0) {
    // LINK_CHECK=warn reports without failing: for builds of deliberately broken fixture content.
    const warnOnly = process.env.LINK_CHECK === "warn";
    console.error(`Link check ${warnOnly ? "found" : "failed"}: ${problems.length} broken link(s) in ${label}/.`);
    if (!warnOnly) process.exit(1);
    return;
  }
  console.log(`Link check: every internal link, fragment and registered URL in ${label}/ resolves.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
