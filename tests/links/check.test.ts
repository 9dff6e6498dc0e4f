import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { refreshTarget } from "@/lib/links/builtSite";
import { checkBuiltSite } from "@/lib/links/check";
import { writeRedirectPages } from "@/lib/links/redirects";

const origin = "http://localhost:3000";
let outDir: string;

function page(sitePath: string, body: string): void {
  const file = path.join(outDir, ...sitePath.split("/").filter(Boolean), sitePath.endsWith(".html") ? "" : "index.html");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `<!DOCTYPE html><html><head><title>t</title></head><body>\n${body}\n</body></html>`);
}

function messages(options = {}): string[] {
  return checkBuiltSite(outDir, { siteUrl: origin, ...options }).map((p) => `${p.file}:${p.line} ${p.message}`);
}

beforeEach(() => {
  outDir = mkdtempSync(path.join(tmpdir(), "links-"));
  page("/", '<a href="/articles/a/">A</a>\n<a href="articles/a/#s-1">relative</a>\n<a href="https://example.com/x">external</a>');
  page("/articles/a/", '<section id="s-1"><h2>一</h2></section><details id="faq-1"></details><a href="#s-1">self</a><a href="#">top</a>');
  page("/articles/a/s/s-1/", '<link rel="canonical" href="http://localhost:3000/articles/a/#s-1"><a href="../../#faq-1">back</a>');
  mkdirSync(path.join(outDir, "_next/static"), { recursive: true });
  writeFileSync(path.join(outDir, "_next/static/app.js"), "");
});

afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe("link checker over a built site", () => {
  it("accepts a site whose links, fragments and absolute same-origin URLs all resolve", () => {
    page("/glossary/", '<script src="/_next/static/app.js"></script><a href="/articles/a/s/s-1/">share</a>');
    expect(messages()).toEqual([]);
  });

  it("reports a link to a missing page with the file and line of the anchor", () => {
    page("/glossary/", "<p>x</p>\n<p>y</p>\n<a href='/articles/gone/'>gone</a>");
    expect(messages()).toEqual(["glossary/index.html:4 a href /articles/gone/: no page or file /articles/gone/ in the build"]);
  });

  it("reports a fragment that names no element on the target page", () => {
    page("/glossary/", '<a href="/articles/a/#s-9">x</a>');
    expect(messages()).toEqual(['glossary/index.html:2 a href /articles/a/#s-9: no element with id "s-9" on /articles/a/']);
  });

  it("reports a missing script asset", () => {
    page("/glossary/", '<script src="/_next/static/missing.js"></script>');
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toContain("/_next/static/missing.js");
  });

  it("resolves percent-encoded fragments and meta refresh targets", () => {
    page("/articles/b/", '<h2 id="中文">x</h2>');
    page("/glossary/", '<meta http-equiv="refresh" content="0; url=/articles/b/#%E4%B8%AD%E6%96%87">');
    expect(messages()).toEqual([]);
    page("/glossary/", '<meta http-equiv="refresh" content="0; url=/articles/b/#nope">');
    expect(messages()).toHaveLength(1);
  });

  it("flags script-running link schemes even when disguised", () => {
    page("/glossary/", '<a href="java\tscript:alert(1)">x</a>\n<a href="JAVASCRIPT:alert(1)">y</a>\n<iframe src="data:text/html,x"></iframe>\n<img src="data:image/png;base64,AAAA" alt="">');
    const found = messages();
    expect(found).toHaveLength(3);
    expect(found.every((m) => m.includes("unsafe URL scheme"))).toBe(true);
  });

  it("checks sitemap entries and search index targets", () => {
    writeFileSync(path.join(outDir, "sitemap.xml"), `<urlset>\n<url><loc>${origin}/articles/a/</loc></url>\n<url><loc>${origin}/articles/z/</loc></url>\n</urlset>`);
    mkdirSync(path.join(outDir, "search"));
    writeFileSync(path.join(outDir, "search/shard-0.json"), JSON.stringify({ docs: [["/articles/a/#s-1", "一"], ["/articles/a/#s-2", "二"]] }));
    expect(messages()).toEqual([
      "sitemap.xml:3 sitemap loc http://localhost:3000/articles/z/: no page or file /articles/z/ in the build",
      'search/shard-0.json:1 search target /articles/a/#s-2: no element with id "s-2" on /articles/a/',
    ]);
  });

  it("fails when a registered URL disappears, unless it is redirected", () => {
    const registry = ["/articles/a/", "/articles/a/#s-1", "/articles/old/", "/articles/a/#s-0"];
    const found = messages({ registry });
    expect(found).toHaveLength(2);
    expect(found[0]).toContain("/articles/old/");
    expect(found[1]).toContain('no element with id "s-0"');
    const redirects = { "/articles/old/": "/articles/a/", "/articles/a/#s-0": "/articles/a/#s-1" };
    writeRedirectPages(outDir, redirects, origin);
    expect(messages({ registry, redirects })).toEqual([]);
  });

  it("reports a redirect whose target does not exist", () => {
    expect(messages({ redirects: { "/articles/old/": "/articles/nowhere/" } })).toHaveLength(1);
  });
});

describe("redirect pages", () => {
  it("carry canonical and meta refresh to the new URL, with no script", () => {
    writeRedirectPages(outDir, { "/articles/old/": "/articles/a/#s-1" }, origin);
    const html = readFileSync(path.join(outDir, "articles/old/index.html"), "utf8");
    expect(html).toContain('<link rel="canonical" href="http://localhost:3000/articles/a/#s-1">');
    expect(refreshTarget(/content="([^"]+)"/.exec(html.split("http-equiv")[1] ?? "")?.[1] ?? "")).toBe("/articles/a/#s-1");
    expect(html).not.toContain("<script");
  });

  it("refuses to hide a page that still exists behind a redirect", () => {
    expect(() => writeRedirectPages(outDir, { "/articles/a/": "/" }, origin)).toThrow(/still exists/);
  });

  it("parses the refresh forms browsers accept", () => {
    expect(refreshTarget("0; url=/a/")).toBe("/a/");
    expect(refreshTarget("0;URL='/a/#x'")).toBe("/a/#x");
    expect(refreshTarget("5")).toBeNull();
  });
});
