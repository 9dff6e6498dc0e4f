// Security headers for `npm start`.
//
// The Content-Security-Policy allows same-origin scripts plus exactly the inline scripts of the
// page being served, each by its sha256 hash — no 'unsafe-inline', no 'unsafe-eval'. Next writes
// per-page inline `self.__next_f.push(…)` payloads, so the hashes can only be known after the
// build: they are collected from out/**/*.html once, when the server starts. One policy per page
// keeps the header near 1 KB; the union over all pages would be ~22 KB, more than Node clients
// (16 KB) and many proxies accept.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "parse5";

/** Script types the browser executes; anything else (JSON-LD, JSON data) is inert and not subject to CSP. */
const executableTypes = new Set(["", "text/javascript", "application/javascript", "module"]);

/** Headers every response gets, whatever its type. */
const baseHeaders = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Legacy twin of frame-ancestors for browsers that ignore CSP.
  "X-Frame-Options": "DENY",
  // No Cross-Origin-Opener-Policy: `same-origin` puts every arrival from another page into a new
  // browsing-context group, i.e. a new renderer process (Android Chrome isolates such sites), and
  // that start-up landed on our own main thread: Lighthouse mobile medians 73 → 83 on an article,
  // 83 → 94 on a term page without it. It guards window references between origins; the site
  // opens no cross-origin windows and holds no reader data for another window to probe.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
});

/**
 * The source text of every executable inline script in one HTML document, in document order. parse5,
 * the HTML standard's parsing algorithm, reads the script text exactly as the browser hashes it; its
 * own tree is walked (no conversion to hast), which halves the time on the largest pages.
 */
export function inlineScripts(html) {
  const sources = [];
  const walk = (node) => {
    if (node.nodeName === "script" && node.namespaceURI === "http://www.w3.org/1999/xhtml") {
      const attribute = (name) => node.attrs.find((a) => a.name === name)?.value;
      const type = (attribute("type") ?? "").toLowerCase();
      if (attribute("src") === undefined && executableTypes.has(type)) {
        sources.push(node.childNodes.map((child) => (child.nodeName === "#text" ? child.value : "")).join(""));
      }
    }
    // A <template>'s content is not walked: its scripts run only if a script clones them in.
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(html));
  return sources;
}

/** A CSP source expression for one inline script, hashed over its exact text as the browser does. */
export function scriptHash(source) {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

/** The policy for a page whose inline scripts have these hashes. */
export function contentSecurityPolicy(hashes) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...[...new Set(hashes)].sort()].join(" "),
    // KaTeX, Shiki and Mermaid SVGs carry inline style attributes; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

/** Inline-script hashes per HTML file of the export, keyed by the file's path relative to outDir. */
export function pageScriptHashes(outDir) {
  const pages = new Map();
  if (!existsSync(outDir)) return pages;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    const hashes = html.includes("<script") ? inlineScripts(html).map(scriptHash) : [];
    pages.set(path.relative(outDir, file).split(path.sep).join("/"), hashes);
  }
  return pages;
}

/** The HTML file a request path is served from: `/a/` → `a/index.html`, `/404` → `404.html`. */
export function pageFileFor(pathname) {
  const clean = pathname.replace(/^\/+/, "");
  if (clean === "" || clean.endsWith("/")) return `${clean}index.html`;
  return clean.endsWith(".html") ? clean : `${clean}.html`;
}

/**
 * Headers for a request path: an HTML page's CSP allows only its own inline scripts; every other
 * response gets the policy with no inline script at all.
 */
export function securityHeaders(outDir) {
  const withPolicy = (hashes) => Object.freeze({ ...baseHeaders, "Content-Security-Policy": contentSecurityPolicy(hashes) });
  const pages = new Map([...pageScriptHashes(outDir)].map(([file, hashes]) => [file, withPolicy(hashes)]));
  const other = withPolicy([]);
  return (pathname) => (isSubresource(pathname) ? subresourceHeaders : (pages.get(pageFileFor(pathname)) ?? other));
}

/**
 * Scripts, styles, fonts, images and payloads are never documents: a policy, framing or referrer
 * rule on them has no effect, and would cost ≈ 800 bytes of headers on each of a page's dozen or so
 * requests. They keep `nosniff`, the one header that applies to them. SVG and XML can be opened as
 * documents, so they keep the full set.
 */
const subresourceHeaders = Object.freeze({ "X-Content-Type-Options": baseHeaders["X-Content-Type-Options"] });
const subresourceTypes = new Set([".js", ".css", ".woff2", ".woff", ".ttf", ".png", ".jpg", ".webp", ".ico", ".txt", ".json", ".map"]);

function isSubresource(pathname) {
  return subresourceTypes.has(path.extname(pathname).toLowerCase());
}

/**
 * The same headers as a `_headers` file (Netlify, Cloudflare Pages): the common headers for every
 * path, and one rule per HTML page with that page's own CSP. Hosts merge every matching rule and
 * join repeated headers, so the CSP appears only in the page rules.
 *   node lib/serve/headers.mjs [outDir] > out/_headers
 */
export function headersFile(outDir) {
  const rule = (pattern, headers) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const pages = [...pageScriptHashes(outDir)].sort(([a], [b]) => a.localeCompare(b));
  const pageRules = pages.map(([file, hashes]) => {
    const urlPath = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
    return rule(urlPath, { "Content-Security-Policy": contentSecurityPolicy(hashes) });
  });
  return `${[rule("/*", baseHeaders), ...pageRules].join("\n")}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(headersFile(path.resolve(process.argv[2] ?? "out")));
}
