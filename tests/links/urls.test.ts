import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content";
import { loadUrlRegistry, publicUrls, vanishedUrls } from "@/lib/links/publicUrls";
import { loadRedirects } from "@/lib/links/redirects";

/** content/urls.json is the list of URLs the site has published; none may vanish without a redirect. */

const { corpus } = buildCorpus();
const current = publicUrls(corpus);
const registry = loadUrlRegistry();
const redirects = loadRedirects();

describe("published URLs", () => {
  it("no registered URL has disappeared without a redirect in content/redirects.json", () => {
    expect(vanishedUrls(registry, current, redirects)).toEqual([]);
  });

  it("every public URL of the corpus is registered (run `npm run urls:update` after adding content)", () => {
    const registered = new Set(registry);
    expect(current.filter((url) => !registered.has(url))).toEqual([]);
  });

  it("lists article pages, section anchors, share pages, FAQ anchors and glossary terms", () => {
    const article = corpus.articles[0];
    const section = article?.sections[0];
    const faq = corpus.articles.find((a) => a.faq.length > 0)?.faq[0];
    const faqArticle = corpus.articles.find((a) => a.faq.length > 0);
    expect(registry).toContain(`/articles/${article?.slug}/`);
    expect(registry).toContain(`/articles/${article?.slug}/#${section?.id}`);
    expect(registry).toContain(`/articles/${article?.slug}/s/${section?.id}/`);
    expect(registry).toContain(`/articles/${faqArticle?.slug}/#${faq?.id}`);
    expect(registry).toContain(`/glossary/${corpus.glossary[0]?.id}/`);
    expect([...registry].sort()).toEqual(registry);
    expect(new Set(registry).size).toBe(registry.length);
  });

  // That each target resolves is checked against the build by lib/links/check.ts.
  it("redirects only URLs that are gone", () => {
    const live = new Set(current);
    expect(Object.keys(redirects).filter((from) => live.has(from))).toEqual([]);
  });
});

describe("vanishedUrls", () => {
  const before = ["/articles/a/", "/articles/a/#s-1", "/articles/a/#s-2", "/glossary/x/"];

  it("names the URLs that are gone", () => {
    expect(vanishedUrls(before, ["/articles/a/", "/articles/a/#s-1"], {})).toEqual(["/articles/a/#s-2", "/glossary/x/"]);
  });

  it("accepts a URL that is gone when it has a redirect", () => {
    const redirectsNow = { "/articles/a/#s-2": "/articles/a/#s-1", "/glossary/x/": "/glossary/" };
    expect(vanishedUrls(before, ["/articles/a/", "/articles/a/#s-1"], redirectsNow)).toEqual([]);
  });

  it("ignores URLs that were added", () => {
    expect(vanishedUrls(before, [...before, "/glossary/y/"], {})).toEqual([]);
  });
});

describe("a malformed redirects file", () => {
  it("fails with every bad entry at its line and column, all at once", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redirects-"));
    const file = path.join(dir, "redirects.json");
    // Line 2: the target lacks its trailing slash; line 3: the key is no site path. Each is reported at its entry.
    fs.writeFileSync(file, '{\n  "/old/": "/new",\n  "old-too/": "/glossary/"\n}\n');
    expect(() => loadRedirects(file)).toThrow(/2:3\s+error\s+Field "\/old\/"[\s\S]*3:3\s+error\s+Field "old-too\/"/);
  });
});

describe("a malformed urls.json", () => {
  it("fails with every bad URL at its line and column, all at once", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "urls-")), "urls.json");
    // Lines 3 and 4 hold URLs without a leading or trailing slash.
    fs.writeFileSync(file, '[\n "/a/",\n "nope",\n "/b"\n]\n');
    expect(() => loadUrlRegistry(file)).toThrow(/3:2\s+error\s+Field "1"[\s\S]*4:2\s+error\s+Field "2"/);
  });
});
