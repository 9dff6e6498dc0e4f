/**
 * `npm run bench:pages`: loads every article page of the production build (served by `npm start`)
 * in Chromium under mobile emulation (Moto G-class CPU ×4 slowdown, slow-4G network) and reports,
 * per page: compressed JS / CSS / HTML bytes as the server sends them (brotli and gzip), request
 * count, LCP, CLS and total blocking time from the browser's own performance APIs.
 * The floor is the JavaScript every page loads — the chunks the 404 page (an almost empty App
 * Router page) shares with every article: framework plus the site layout. "Article JS" is what an
 * article page loads beyond that floor. The floor is split further into the framework (chunks holding
 * none of our client modules, per the build's client reference manifests) and our layout code.
 * Then Lighthouse (mobile, simulated throttling, performance only) audits each article page, and one
 * page of every other kind (home, glossary index, the term with the most mentions, notes, search),
 * and a blank Next.js page built with the same Next.js, the framework's own floor
 * (lib/bench/frameworkFloor.ts): score, LCP, TBT, CLS and the JavaScript it transferred
 * (lib/bench/lighthouse.ts).
 *
 * Env: PORT (default random), CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_RUNS (default 1),
 * LIGHTHOUSE=0 skips the Lighthouse part.
 */
import http from "node:http";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "@/lib/chromium";
import { compiledCorpus } from "@/lib/content/artifact";
import { projectClientChunks } from "./clientChunks";
import { serveFrameworkFloor } from "./frameworkFloor";
import { auditPages } from "./lighthouse";
import { phoneContext, throttleLikePhone } from "./phoneProfile";
import { siteOrigin, startSite } from "./siteServer";
import { articlePath, glossaryIndexPath, glossaryPath, homePath, notesPath, searchPagePath } from "@/lib/routes";

const root = path.resolve(import.meta.dirname, "../..");
const origin = siteOrigin;

type Kind = "js" | "css" | "html" | "other";
interface Resource {
  url: string;
  kind: Kind;
}
interface Sizes {
  br: number;
  gzip: number;
}
interface PageResult {
  path: string;
  requests: number;
  /** Everything the browser received while the page loaded and was scrolled to its end: bytes on the wire, headers included. */
  transferred: number;
  resources: Resource[];
  lcp: number;
  cls: number;
  tbt: number;
}

/**
 * By what the browser loaded it as: an RSC prefetch of another page (a Fetch) must not count as
 * HTML, because re-requesting its URL without the RSC header would return that page's full HTML.
 */
function kindOf(type: string): Kind {
  if (type === "Script") return "js";
  if (type === "Stylesheet") return "css";
  if (type === "Document") return "html";
  return "other";
}

/** Bytes on the wire for one URL with the given Accept-Encoding (body length before decoding). */
function wireBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": encoding } }, (res) => {
        let total = 0;
        res.on("data", (chunk: Buffer) => {
          total += chunk.length;
        });
        res.on("end", () => resolve(total));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

const sizeCache = new Map<string, Promise<Sizes>>();
function sizesOf(url: string): Promise<Sizes> {
  let cached = sizeCache.get(url);
  if (!cached) {
    cached = Promise.all([wireBytes(url, "br"), wireBytes(url, "gzip")]).then(([br, gzip]) => ({ br, gzip }));
    sizeCache.set(url, cached);
  }
  return cached;
}

/**
 * The server compresses a page on its first request at brotli 5 and recompresses it at 11 in the
 * background (lib/serve/compressOnRequest.mjs). Each measured page is requested until it comes back
 * smaller (at most 5 s), so the figures are those of a server that has served the page before:
 * every request but the first after a start.
 */
async function warm(urls: readonly string[]): Promise<void> {
  await Promise.all(
    urls.map(async (url) => {
      const first = await wireBytes(url, "br");
      for (let i = 0; i < 50; i++) {
        await new Promise((r) => setTimeout(r, 100));
        if ((await wireBytes(url, "br")) < first) return;
      }
    }),
  );
}

/** Observers registered before any page script, so early long tasks and shifts are counted. */
const metricsInit = `
  window.__bench = { lcp: 0, cls: 0, longTasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
`;

async function measure(page: Page, pagePath: string): Promise<PageResult> {
  const resources = new Map<string, Resource>();
  const client = await page.context().newCDPSession(page);
  await throttleLikePhone(client);
  await client.send("Network.setCacheDisabled", { cacheDisabled: true });
  let transferred = 0;
  client.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    transferred += event.encodedDataLength;
  });
  client.on("Network.responseReceived", (event: { type: string; response: { url: string } }) => {
    const { url } = event.response;
    if (url.startsWith(origin)) resources.set(url, { url, kind: kindOf(event.type) });
  });

  await page.goto(origin + pagePath, { waitUntil: "load" });
  // "Fully rendered": scroll through the page a screen at a time, so anything loaded on view is
  // loaded too. Instant jumps (the page scrolls smoothly once loaded, and a smooth scroll would not
  // get far), each screen painted before the next: article sections are laid out only as they near
  // the viewport, and one never painted fetches nothing.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo({ top: y, behavior: "instant" });
      for (let frame = 0; frame < 3; frame++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo({ top: 0, behavior: "instant" });
  });
  await page.waitForLoadState("networkidle");
  const metrics = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { lcp: number; cls: number; longTasks: [number, number][] } }).__bench;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const tbt = bench.longTasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    return { lcp: bench.lcp, cls: bench.cls, tbt };
  });
  await client.detach();
  return { path: pagePath, requests: resources.size, transferred, resources: [...resources.values()], ...metrics };
}

async function totals(resources: readonly Resource[], kind: Kind): Promise<Sizes> {
  const sizes = await Promise.all(resources.filter((r) => r.kind === kind).map((r) => sizesOf(r.url)));
  return sizes.reduce((a, b) => ({ br: a.br + b.br, gzip: a.gzip + b.gzip }), { br: 0, gzip: 0 });
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** First column left-aligned, the figures right-aligned. */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  // The server builds first when out/ is stale, and the build writes the corpus.
  const server = await startSite();
  const corpus = compiledCorpus();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const context = await browser.newContext(phoneContext);
    await context.addInitScript(metricsInit);

    const floorPage = await context.newPage();
    const floor = await measure(floorPage, "/this-page-does-not-exist/");
    await floorPage.close();
    const floorJs = await totals(floor.resources, "js");
    console.log(`404 page JS: ${kb(floorJs.br)} KB br / ${kb(floorJs.gzip)} KB gzip`);

    const articlePaths = corpus.articles.map((a) => articlePath(a.slug));
    await warm(articlePaths.map((p) => origin + p));
    console.log("Pages warmed: each requested until its brotli 11 copy is served (a cold server's first response is brotli 5).");

    const results: { article: (typeof corpus.articles)[number]; result: PageResult }[] = [];
    for (const article of corpus.articles) {
      const page = await context.newPage();
      results.push({ article, result: await measure(page, articlePath(article.slug)) });
      await page.close();
    }
    const jsUrls = (r: PageResult) => new Set(r.resources.filter((x) => x.kind === "js").map((x) => x.url));
    const shared = [...jsUrls(floor)].filter((url) => results.every(({ result }) => jsUrls(result).has(url)));
    const sharedJs = await totals(
      shared.map((url) => ({ url, kind: "js" as const })),
      "js",
    );
    console.log(`Floor (JS shared by the 404 page and every article): ${kb(sharedJs.br)} KB br / ${kb(sharedJs.gzip)} KB gzip`);
    const ownChunks = projectClientChunks(root);
    const framework = shared.filter((url) => !ownChunks.has(new URL(url).pathname));
    const frameworkJs = await totals(
      framework.map((url) => ({ url, kind: "js" as const })),
      "js",
    );
    console.log(
      `  of which framework (chunks with none of our client modules): ${kb(frameworkJs.br)} KB br / ${kb(frameworkJs.gzip)} KB gzip; ` +
        `site layout chunks: ${kb(sharedJs.br - frameworkJs.br)} KB br`,
    );
    console.log("  \"ours br\" = a page's JS beyond the framework floor (chunks mixing framework and our code count as ours)\n");

    const header = ["page", "JS br", "article br", "ours br", "JS gz", "CSS br", "HTML br", "read to end", "req", "LCP ms", "CLS", "TBT ms"];
    const rows: string[][] = [];
    for (const { article, result } of results) {
      const js = await totals(result.resources, "js");
      const ours = await totals(
        result.resources.filter((r) => !shared.includes(r.url)),
        "js",
      );
      const own = await totals(
        result.resources.filter((r) => !framework.includes(r.url)),
        "js",
      );
      const css = await totals(result.resources, "css");
      const html = await totals(result.resources, "html");
      rows.push([
        `${article.slug} (${article.diagrams.length} diagrams)`,
        kb(js.br),
        kb(ours.br),
        kb(own.br),
        kb(js.gzip),
        kb(css.br),
        kb(html.br),
        kb(result.transferred),
        String(result.requests),
        result.lcp.toFixed(0),
        result.cls.toFixed(4),
        result.tbt.toFixed(0),
      ]);
    }
    printTable(header, rows);
    console.log(
      "\nSizes in KB as served by npm start; \"read to end\": every byte received (headers included) while the page loaded and was scrolled to its end.",
    );
    console.log("Mobile emulation: 390×844, CPU ×4, 150 ms RTT, 1.6 Mbit/s.");
    await browser.close();

    if (process.env.LIGHTHOUSE !== "0") {
      // The busiest term page: the longest backlink list of any term.
      const busiestTerm = [...corpus.glossary].sort((a, b) => b.mentions.length - a.mentions.length)[0];
      const pages = [
        ...results.map(({ article }) => ({ label: article.slug, path: articlePath(article.slug) })),
        { label: "home", path: homePath },
        { label: "glossary index", path: glossaryIndexPath },
        ...(busiestTerm ? [{ label: `term ${busiestTerm.id}`, path: glossaryPath(busiestTerm.id) }] : []),
        { label: "notes", path: notesPath },
        { label: "search", path: searchPagePath },
      ];
      // What Next.js alone scores here: the ceiling for every page above.
      const floorSite = await serveFrameworkFloor();
      const floorUrl = `${floorSite.origin}/`;
      let audits: Awaited<ReturnType<typeof auditPages>>;
      try {
        await warm([floorUrl]);
        audits = await auditPages([...pages.map(({ path }) => `${origin}${path}`), floorUrl]);
      } finally {
        await floorSite.close();
      }
      pages.push({ label: "blank Next.js page", path: floorUrl });
      const lhHeader = ["page", "score", "LCP ms", "TBT ms", "CLS", "FCP ms", "seen: load", "seen: FCP", "JS KB", "JS req"];
      const lhRows = audits.map((a, i) => [
        pages[i]?.label ?? a.url,
        String(a.score),
        a.lcpMs.toFixed(0),
        a.tbtMs.toFixed(0),
        a.cls.toFixed(4),
        a.fcpMs.toFixed(0),
        a.observedLoadMs.toFixed(0),
        a.observedFcpMs.toFixed(0),
        kb(a.jsTransferBytes),
        String(a.jsRequests),
      ]);
      console.log(`\nLighthouse ${audits[0]?.lighthouseVersion ?? ""} (mobile, simulated throttling, performance only):`);
      printTable(lhHeader, lhRows);
      console.log("JS KB: script bytes transferred as Lighthouse's browser fetched them.");
      console.log(
        '"seen": the load event and first contentful paint of Lighthouse\'s own unthrottled load, before its simulation. ' +
          "A first paint seen long after the load event means the browser presented its first frame late; the simulated FCP and LCP then include all start-up work.",
      );
    }
  } finally {
    await browser.close();
    server.child.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
