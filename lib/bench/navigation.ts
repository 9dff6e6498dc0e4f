/**
 * `npm run bench:nav`: follows links between pages of the production build (served by `npm start`)
 * the way a reader on a phone would (Moto G-class CPU ×4 slowdown, slow-4G network, an HTTP cache
 * holding what the page the link is on loaded) and reports, per link, the median of RUNS:
 * - content ms: from the click to the first frame showing the new page's <h1>;
 * - settled ms: from the click to the end of the last long task (the new page ready for input);
 * - blocking ms: long tasks after the click, each beyond 50 ms, summed (TBT of the navigation);
 * - KB: bytes received after the click.
 * Times are epoch milliseconds in both documents, so a navigation that loads a new document and one
 * that renders in place are measured alike.
 *
 * Env: PORT (default random), CHROME_PATH (default /usr/bin/chromium), RUNS (default 5).
 */
import { chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "@/lib/chromium";
import { compiledCorpus } from "@/lib/content/artifact";
import { articlePath, articlesPrefix, glossaryIndexPath, glossaryPath, homePath } from "@/lib/routes";
import { phoneContext, throttleLikePhone } from "./phoneProfile";
import { startSite } from "./siteServer";

const runs = Number(process.env.RUNS ?? 5);

interface Route {
  readonly label: string;
  readonly from: string;
  /** The link followed: the first match in <main>. */
  readonly link: string;
}

/** Per document: its long tasks and the first frame with an <h1> other than the one on the page the link was on. */
const navInit = `
  window.__nav = { longTasks: [], h1At: 0, oldH1: null };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__nav.longTasks.push([performance.timeOrigin + e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  const tick = () => {
    const h1 = document.querySelector("main h1");
    if (!window.__nav.h1At && h1 && h1 !== window.__nav.oldH1) window.__nav.h1At = performance.timeOrigin + performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

interface NavResult {
  content: number;
  settled: number;
  blocking: number;
  bytes: number;
}

async function follow(page: Page, origin: string, route: Route): Promise<NavResult> {
  const client = await page.context().newCDPSession(page);
  await throttleLikePhone(client);
  await page.goto(origin + route.from, { waitUntil: "networkidle" });
  await page.waitForTimeout(1000);
  let bytes = 0;
  client.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  const href = await page.evaluate(
    (selector) => (document.querySelector(`main ${selector}`) as HTMLAnchorElement | null)?.getAttribute("href") ?? "",
    route.link,
  );
  if (!href) throw new Error(`${route.from}: no link matches ${route.link}`);
  const clickedAt = await page.evaluate((selector) => {
    const nav = (window as unknown as { __nav: { oldH1: Element | null; h1At: number } }).__nav;
    nav.oldH1 = document.querySelector("main h1");
    nav.h1At = 0;
    const link = document.querySelector(`main ${selector}`) as HTMLAnchorElement;
    const at = performance.timeOrigin + performance.now();
    link.click();
    return at;
  }, route.link);
  await page.waitForURL((url) => url.pathname === new URL(href, origin).pathname);
  await page.waitForFunction(() => (window as unknown as { __nav: { h1At: number } }).__nav.h1At > 0);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  const { h1At, longTasks } = await page.evaluate(() => (window as unknown as { __nav: { h1At: number; longTasks: [number, number][] } }).__nav);
  const after = longTasks.filter(([start]) => start >= clickedAt);
  await client.detach();
  return {
    content: h1At - clickedAt,
    settled: Math.max(h1At, ...after.map(([start, duration]) => start + duration)) - clickedAt,
    blocking: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    bytes,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const server = await startSite();
  const corpus = compiledCorpus();
  const first = corpus.articles[0];
  const busiest = [...corpus.glossary].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const routes: Route[] = [
    { label: "home → first article", from: homePath, link: `a[href="${articlePath(first.slug)}"]` },
    { label: `${first.slug} → first term link`, from: articlePath(first.slug), link: "a.term-link" },
    { label: `glossary → ${busiest.id}`, from: glossaryIndexPath, link: `a[href="${glossaryPath(busiest.id)}"]` },
    { label: `${busiest.id} → first article`, from: glossaryPath(busiest.id), link: `a[href^="${articlesPrefix}"]` },
  ];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    console.log(`Following links, median of ${runs} (CPU ×4, slow 4G, cache holding only what the first page loaded):`);
    console.log(["link", "content ms", "settled ms", "blocking ms", "KB"].join(" | "));
    for (const route of routes) {
      const results: NavResult[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh context each run: its HTTP cache holds only what the first page loaded.
        const context = await browser.newContext(phoneContext);
        await context.addInitScript(navInit);
        results.push(await follow(await context.newPage(), server.origin, route));
        await context.close();
      }
      const row = [
        route.label,
        median(results.map((r) => r.content)).toFixed(0),
        median(results.map((r) => r.settled)).toFixed(0),
        median(results.map((r) => r.blocking)).toFixed(0),
        (median(results.map((r) => r.bytes)) / 1024).toFixed(1),
      ];
      console.log(row.join(" | "));
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
