import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reporter } from "vfile-reporter";
import { z } from "zod";
import { readJsonValue } from "@/lib/content/jsonFile";
import { hasErrors, ProblemLog } from "@/lib/content/problems";

/**
 * content/redirects.json: old public URL → where it lives now. A key without a fragment gets a
 * static redirect page in out/ (canonical + meta refresh, works on any host). A key with a
 * fragment (`/articles/x/#old-id`) cannot be redirected by a static host — browsers never send
 * fragments — so it records the move; the target must still resolve.
 */
/** A site path with its trailing slash, optionally with a #fragment. */
export const SitePath = z
  .string()
  .regex(/^\/(?:[^\s?#]*\/)?(?:#\S+)?$/, "must be a site path with a trailing slash, optionally with #fragment");
export const Redirects = z.record(SitePath, SitePath);
export type Redirects = z.infer<typeof Redirects>;

export const redirectsFile = path.resolve(import.meta.dirname, "../../content/redirects.json");

/** The redirects, or an Error whose message reports every bad entry with file:line:column. */
export function loadRedirects(file = redirectsFile): Redirects {
  if (!existsSync(file)) return {};
  const log = new ProblemLog();
  const { data } = readJsonValue(file, Redirects, "redirects", log);
  if (hasErrors(log.list()) || !data) throw new Error(reporter(log.vfiles()));
  return data;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A page that sends readers and crawlers on to `to`, without any script. */
export function redirectPageHtml(to: string, absoluteTo: string): string {
  const href = escapeAttribute(to);
  return `<!DOCTYPE html>
<html lang="zh-CN" data-redirect>
<head>
<meta charset="utf-8">
<title>页面已移动</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeAttribute(absoluteTo)}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>页面已移动到 <a href="${href}">${href}</a>。</p>
</body>
</html>
`;
}

/** `/a/b/` → `<outDir>/a/b/index.html`. */
function pageFile(outDir: string, sitePath: string): string {
  return path.join(outDir, ...sitePath.split("/").filter(Boolean), "index.html");
}

/**
 * Writes a redirect page for every fragment-less key. Refuses to overwrite a page the build
 * produced: a URL that still exists must not also redirect.
 */
export function writeRedirectPages(outDir: string, redirects: Redirects, siteUrl: string): string[] {
  const written: string[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    if (from.includes("#")) continue;
    const file = pageFile(outDir, from);
    if (existsSync(file) && !readFileSync(file, "utf8").includes("data-redirect")) {
      throw new Error(`content/redirects.json: ${from} still exists in the build; remove its redirect`);
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, redirectPageHtml(to, `${siteUrl}${to}`));
    written.push(from);
  }
  return written;
}
