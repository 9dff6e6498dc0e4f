import type { UrlOutcome } from "./externalCheck";
import { urlKey } from "./externalCheck";
import type { ExternalLink } from "./externalLinks";

const MARKS: Record<UrlOutcome["state"], string> = { ok: "ok", redirected: "moved", broken: "BROKEN", skipped: "skipped" };

export interface ReportOptions {
  /** List links that answered 2xx too, not only the ones to look at. */
  verbose?: boolean;
}

/**
 * The report of `npm run check:external`: one block per note and per article, each link as
 * `file:line  state  url  detail` so an editor can jump to it, then the totals.
 */
export function formatExternalReport(links: readonly ExternalLink[], outcomes: ReadonlyMap<string, UrlOutcome>, options: ReportOptions = {}): string {
  const groups = new Map<string, string[]>();
  const counts: Record<UrlOutcome["state"], number> = { ok: 0, redirected: 0, broken: 0, skipped: 0 };
  for (const link of links) {
    const outcome = outcomes.get(urlKey(link.url)) ?? { state: "broken", status: 0, detail: "not checked" };
    counts[outcome.state]++;
    if (outcome.state === "ok" && !options.verbose) continue;
    const lines = groups.get(link.group) ?? [];
    lines.push(`  ${link.file}:${link.line}  ${MARKS[outcome.state]}  ${link.url}  ${outcome.detail}`);
    groups.set(link.group, lines);
  }
  const blocks = [...groups].map(([group, lines]) => [group, ...lines].join("\n"));
  const distinct = new Set(links.map((link) => urlKey(link.url))).size;
  const hosts = new Set(links.map((link) => new URL(link.url).host)).size;
  const summary =
    `${links.length} external link(s), ${distinct} distinct URL(s) on ${hosts} host(s): ` +
    `${counts.ok} ok, ${counts.redirected} redirected, ${counts.broken} broken, ${counts.skipped} not checkable`;
  return [...blocks, summary].join("\n\n");
}
