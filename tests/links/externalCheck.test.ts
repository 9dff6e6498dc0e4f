import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkExternalUrls, linkPage, type UrlOutcome, urlKey } from "@/lib/links/externalCheck";
import type { ExternalLink } from "@/lib/links/externalLinks";
import { formatExternalReport } from "@/lib/links/externalReport";

/**
 * `npm run check:external` against a local fixture server on 127.0.0.1 (the only "other site"
 * reachable here): 200, a 301 to it, 404, a response that never comes, and a 503 that recovers.
 */

const hits = new Map<string, number>();
let origin = "";
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = new URL(req.url ?? "/", "http://x").pathname;
    const count = (hits.get(route) ?? 0) + 1;
    hits.set(route, count);
    if (route === "/ok") res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    else if (route === "/moved") res.writeHead(301, { location: "/ok" }).end();
    else if (route === "/missing") res.writeHead(404).end();
    // The first attempt (HEAD, then GET) fails; the retry succeeds.
    else if (route === "/flaky") res.writeHead(count <= 2 ? 503 : 200).end();
    // /hang: headers never come; the checker must give up on its own.
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const fastOptions = { concurrency: 4, timeoutMs: 500, retries: 1, retryJitterMs: 0, hostIntervalMs: 0 };

describe("checkExternalUrls", () => {
  let outcomes: Map<string, UrlOutcome>;
  const url = (route: string) => `${origin}${route}`;

  beforeAll(async () => {
    outcomes = await checkExternalUrls(
      ["/ok", "/ok#section", "/moved", "/missing", "/hang", "/flaky"].map(url),
      fastOptions,
    );
  }, 60_000);

  it("reports a 200 as ok and checks a URL once however many fragments point at it", () => {
    expect(outcomes.get(url("/ok"))).toMatchObject({ state: "ok", status: 200 });
    expect(outcomes.has(url("/ok#section"))).toBe(false);
    expect(outcomes.size).toBe(5);
  });

  it("follows a 301 and reports where the URL moved", () => {
    expect(outcomes.get(url("/moved"))).toMatchObject({ state: "redirected", detail: `redirects to ${url("/ok")}` });
  });

  it("reports a 404 as broken without retrying it", () => {
    expect(outcomes.get(url("/missing"))).toMatchObject({ state: "broken", status: 404, detail: "HTTP 404" });
    // One attempt: HEAD, then GET because HEAD failed.
    expect(hits.get("/missing")).toBe(2);
  });

  it("gives up on a server that never answers, after the timeout and the retries", () => {
    expect(outcomes.get(url("/hang"))).toMatchObject({ state: "broken", status: 0, detail: "no response within 0.5 s" });
    // Two attempts of HEAD + GET: the first and one retry.
    expect(hits.get("/hang")).toBe(4);
  });

  it("retries a 503 and reports the recovered URL as ok", () => {
    expect(outcomes.get(url("/flaky"))).toMatchObject({ state: "ok", status: 200 });
    expect(hits.get("/flaky")).toBeGreaterThan(2);
  });

  it("prints problems grouped by note and article with file:line, then the totals", () => {
    const links: ExternalLink[] = [
      { url: url("/ok"), file: "content/notes.json", line: 9, group: "note first-note" },
      { url: url("/missing"), file: "content/notes.json", line: 10, group: "note first-note" },
      { url: url("/moved"), file: "content/articles/a.md", line: 3, group: "article a" },
      { url: url("/hang"), file: "content/articles/a.md", line: 7, group: "article a" },
    ];
    expect(formatExternalReport(links, outcomes).split("\n")).toEqual([
      "note first-note",
      `  content/notes.json:10  BROKEN  ${url("/missing")}  HTTP 404`,
      "",
      "article a",
      `  content/articles/a.md:3  moved  ${url("/moved")}  redirects to ${url("/ok")}`,
      `  content/articles/a.md:7  BROKEN  ${url("/hang")}  no response within 0.5 s`,
      "",
      "4 external link(s), 4 distinct URL(s) on 1 host(s): 1 ok, 1 redirected, 2 broken, 0 not checkable",
    ]);
  });
});

describe("linkPage", () => {
  it("interleaves hosts so that one busy host does not hold up the others", () => {
    const page = linkPage(["https://a.test/1", "https://a.test/2", "https://a.test/3", "https://b.test/1", "https://c.test/1?x=1&y=2"]);
    const hrefs = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["https://a.test/1", "https://b.test/1", "https://c.test/1?x=1&amp;y=2", "https://a.test/2", "https://a.test/3"]);
  });

  it("keys URLs the way the checker reports them", () => {
    expect(urlKey("https://Example.com#top")).toBe("https://example.com/");
  });
});
