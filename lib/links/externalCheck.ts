import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type LinkResult, LinkChecker, LinkState } from "linkinator";
import { HostThrottle } from "./hostThrottle";

/**
 * Checks URLs on other sites with linkinator. linkinator checks the links *on a page*, so the URLs
 * are written as anchors into a throwaway page that it serves itself; each link is then requested
 * once (HEAD, GET when HEAD fails), never crawled further.
 */

export interface ExternalCheckOptions {
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** Per request. */
  timeoutMs: number;
  /** Extra attempts after a network error, a timeout, a 429 without Retry-After or a 5xx (0 = none). */
  retries: number;
  /** Upper bound of the random delay added to each retry's exponential backoff. */
  retryJitterMs: number;
  /** Per-host rate limit: requests to one host start at least this far apart. */
  hostIntervalMs: number;
}

export const DEFAULT_EXTERNAL_CHECK: Readonly<ExternalCheckOptions> = Object.freeze({
  concurrency: 8,
  timeoutMs: 15_000,
  retries: 2,
  retryJitterMs: 1_000,
  hostIntervalMs: 1_000,
});

export interface UrlOutcome {
  state: "ok" | "redirected" | "broken" | "skipped";
  /** HTTP status of the last response, 0 when there was none. */
  status: number;
  /** For the report: "HTTP 404", "no response within 15 s", "redirects to https://…". */
  detail: string;
}

/** The form linkinator reports a URL in: absolute, without fragment. */
export function urlKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Anchors in round-robin host order, so that one host's queue does not hold up the others. */
export function linkPage(urls: readonly string[]): string {
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    const host = new URL(url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const queues = [...byHost.values()];
  const ordered: string[] = [];
  for (let round = 0; ordered.length < urls.length; round++) {
    for (const queue of queues) if (queue[round] !== undefined) ordered.push(queue[round]);
  }
  const anchors = ordered.map((url) => `<a href="${escapeAttribute(url)}">${escapeAttribute(url)}</a>`);
  return `<!doctype html><meta charset="utf-8"><title>external links</title>\n${anchors.join("\n")}\n`;
}

function failureText(link: LinkResult, timeoutMs: number): string {
  const error = link.failureDetails?.find((detail): detail is Error => detail instanceof Error);
  if (!error) return "no response";
  if (error.name === "TimeoutError" || error.name === "AbortError") return `no response within ${timeoutMs / 1000} s`;
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause ? `${error.message}: ${cause.code ?? cause.message}` : error.message;
}

function outcomeOf(link: LinkResult, redirectedTo: string | undefined, timeoutMs: number): UrlOutcome {
  const status = link.status ?? 0;
  if (link.state === LinkState.SKIPPED) return { state: "skipped", status, detail: `not checked: the site refuses automated requests (HTTP ${status})` };
  if (link.state === LinkState.OK) {
    return redirectedTo && redirectedTo !== link.url
      ? { state: "redirected", status, detail: `redirects to ${redirectedTo}` }
      : { state: "ok", status, detail: `HTTP ${status}` };
  }
  return { state: "broken", status, detail: status > 0 ? `HTTP ${status}` : failureText(link, timeoutMs) };
}

/** The outcome for each distinct URL, keyed by `urlKey`. */
export async function checkExternalUrls(
  urls: readonly string[],
  options: Readonly<ExternalCheckOptions> = DEFAULT_EXTERNAL_CHECK,
): Promise<Map<string, UrlOutcome>> {
  const distinct = [...new Set(urls.map(urlKey))];
  const outcomes = new Map<string, UrlOutcome>();
  if (distinct.length === 0) return outcomes;
  const dir = await mkdtemp(path.join(tmpdir(), "external-links-"));
  try {
    await writeFile(path.join(dir, "index.html"), linkPage(distinct));
    const throttle = new HostThrottle(options.hostIntervalMs);
    const redirects = new Map<string, string>();
    const checker = new LinkChecker();
    checker.on("redirect", (redirect) => {
      if (redirect.targetUrl) redirects.set(redirect.url, redirect.targetUrl);
    });
    const { links } = await checker.check({
      path: "index.html",
      serverRoot: dir,
      recurse: false,
      concurrency: options.concurrency,
      timeout: options.timeoutMs,
      // A 429 with Retry-After pauses the whole host for as long as it asks.
      retry: true,
      retryErrors: options.retries > 0,
      // linkinator makes one more retry than this count says.
      retryErrorsCount: Math.max(options.retries - 1, 0),
      retryErrorsJitter: options.retryJitterMs,
      redirects: "warn",
      // linkinator has no per-host limit; this hook runs right before each request and each retry.
      linksToSkip: async (url) => {
        await throttle.wait(new URL(url).host);
        return false;
      },
    });
    const wanted = new Set(distinct);
    for (const link of links) {
      if (wanted.has(link.url)) outcomes.set(link.url, outcomeOf(link, redirects.get(link.url), options.timeoutMs));
    }
    return outcomes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
