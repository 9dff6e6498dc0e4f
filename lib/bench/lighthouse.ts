/**
 * Lighthouse (v12) performance audits of pages already being served: one headless Chromium, mobile
 * form factor with Lighthouse's own simulated throttling (as PageSpeed Insights runs it), the
 * performance category only. Used by `npm run bench:pages`.
 *
 * Env: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_RUNS (default 1; the median run by
 * score is reported, because single runs on a shared machine vary by a few points),
 * LIGHTHOUSE_CHROME_FLAGS (extra Chromium flags, space-separated: to compare two builds without
 * paint holding's noise, `--disable-features=PaintHolding`; README "Lighthouse figures").
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { chromiumArgs, chromiumPath } from "@/lib/chromium";

const chromeFlags = ["--headless=new", ...chromiumArgs, ...(process.env.LIGHTHOUSE_CHROME_FLAGS ?? "").split(" ").filter(Boolean)];

export interface LighthouseFigures {
  url: string;
  lighthouseVersion: string;
  /** 0–100, as Lighthouse shows it. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /**
   * What Lighthouse's own unthrottled load saw, before its simulation: the load event and the first
   * contentful paint. The simulated metrics count every main-thread task that ran before the
   * observed paint, so a paint the browser presents late (headless Chromium without a display does,
   * here) drags all of a page's start-up into its simulated FCP and LCP.
   */
  observedLoadMs: number;
  observedFcpMs: number;
  /** JavaScript bytes on the wire as Lighthouse's browser fetched them (its Accept-Encoding). */
  jsTransferBytes: number;
  jsRequests: number;
}

function numericAudit(lhr: Result, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

/** The rows of an audit's table, or none. */
function auditItems(lhr: Result, id: string): Record<string, unknown>[] {
  const details = lhr.audits[id]?.details;
  return details && "items" in details ? (details.items as Record<string, unknown>[]) : [];
}

/** Script row of the resource-summary audit: what the page downloaded as JavaScript. */
function scriptSummary(lhr: Result): { transferSize: number; requestCount: number } {
  const row = auditItems(lhr, "resource-summary").find((item) => item.resourceType === "script");
  return { transferSize: Number(row?.transferSize ?? 0), requestCount: Number(row?.requestCount ?? 0) };
}

/** A timing from the metrics audit's unthrottled observations (e.g. `observedLoad`). */
function observed(lhr: Result, key: string): number {
  const value = auditItems(lhr, "metrics")[0]?.[key];
  return typeof value === "number" ? value : Number.NaN;
}

function figuresOf(lhr: Result): LighthouseFigures {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${lhr.requestedUrl}: ${lhr.runtimeError.message}`);
  const js = scriptSummary(lhr);
  return {
    url: lhr.finalDisplayedUrl,
    lighthouseVersion: lhr.lighthouseVersion,
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: numericAudit(lhr, "largest-contentful-paint"),
    tbtMs: numericAudit(lhr, "total-blocking-time"),
    cls: numericAudit(lhr, "cumulative-layout-shift"),
    fcpMs: numericAudit(lhr, "first-contentful-paint"),
    observedLoadMs: observed(lhr, "observedLoad"),
    observedFcpMs: observed(lhr, "observedFirstContentfulPaint"),
    jsTransferBytes: js.transferSize,
    jsRequests: js.requestCount,
  };
}

function medianByScore(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error("no Lighthouse runs");
  return median;
}

/** Lighthouse's trace recording now and then fails (e.g. NO_NAVSTART); such a run is retried. */
async function auditOnce(url: string, flags: Flags, attempts = 3): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    try {
      return figuresOf(result.lhr);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`${(error as Error).message} (retrying)`);
    }
  }
}

/** Audits each URL in turn (never in parallel: concurrent runs distort each other's timings). */
export async function auditPages(urls: readonly string[]): Promise<LighthouseFigures[]> {
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags,
    logLevel: "silent",
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      formFactor: "mobile",
      throttlingMethod: "simulate",
    };
    const results: LighthouseFigures[] = [];
    for (const url of urls) {
      const perUrl: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) perUrl.push(await auditOnce(url, flags));
      results.push(medianByScore(perUrl));
    }
    return results;
  } finally {
    chrome.kill();
  }
}
