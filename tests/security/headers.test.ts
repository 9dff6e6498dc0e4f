import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, inlineScripts, pageFileFor, scriptHash, securityHeaders } from "@/lib/serve/headers.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const outDir = mkdtempSync(path.join(tmpdir(), "headers-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
mkdirSync(path.join(outDir, "articles/a"), { recursive: true });
writeFileSync(path.join(outDir, "index.html"), "<html><head><script>theme()</script></head><body><script src='/x.js'></script></body></html>");
writeFileSync(
  path.join(outDir, "articles/a/index.html"),
  '<html><head><script>theme()</script><script type="application/ld+json">{"a":1}</script></head><body><script>self.__next_f.push([1,"\\u003c/script>"])</script></body></html>',
);

describe("inline script hashes", () => {
  it("hashes the exact text of executable inline scripts only", () => {
    const html = '<script>a()</script><script src="/b.js"></script><script type="application/ld+json">{}</script><script type="module">c()</script>';
    expect(inlineScripts(html)).toEqual(["a()", "c()"]);
    expect(scriptHash("a()")).toBe(sha("a()"));
  });

  it("allows no script inside an SVG or a template, and reads script text as the browser does", () => {
    const html = '<svg><script>evil()</script></svg><template><script>t()</script></template><script>if (a < b) c("</scr" + "ipt>")</script>';
    expect(inlineScripts(html)).toEqual(['if (a < b) c("</scr" + "ipt>")']);
  });

  it("gives each page a policy listing only its own scripts", () => {
    const headersFor = securityHeaders(outDir);
    const home = headersFor("/")["Content-Security-Policy"];
    const article = headersFor("/articles/a/")["Content-Security-Policy"];
    expect(home).toContain(sha("theme()"));
    expect(home).not.toContain(sha('self.__next_f.push([1,"\\u003c/script>"])'));
    expect(article).toContain(sha('self.__next_f.push([1,"\\u003c/script>"])'));
    expect(article).not.toContain(sha('{"a":1}'));
    expect(headersFor("/icon.svg")["Content-Security-Policy"]).toMatch(/script-src 'self';/);
    expect(headersFor("/_next/static/chunks/x.js")).toEqual({ "X-Content-Type-Options": "nosniff" });
    expect(headersFor("/articles/a/index.txt")).toEqual({ "X-Content-Type-Options": "nosniff" });
    expect(headersFor("/")["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("never allows eval or unhashed inline script", () => {
    const policy = contentSecurityPolicy([sha("x")]);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(policy).not.toContain("unsafe-eval");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("maps request paths to the files sirv serves", () => {
    expect(pageFileFor("/")).toBe("index.html");
    expect(pageFileFor("/articles/a/")).toBe("articles/a/index.html");
    expect(pageFileFor("/404")).toBe("404.html");
    expect(pageFileFor("/404.html")).toBe("404.html");
  });

  it("writes a _headers file with the CSP only in page rules", () => {
    const file = headersFile(outDir);
    const rules = file.trim().split(/\n(?=\/)/);
    expect(rules[0]).toMatch(/^\/\*\n/);
    expect(rules[0]).not.toContain("Content-Security-Policy");
    expect(rules.slice(1).map((r) => r.split("\n")[0])).toEqual(["/articles/a/", "/"]);
    expect(rules[1]).toContain(sha('self.__next_f.push([1,"\\u003c/script>"])'));
  });
});
