/**
 * Checks every link to another site in the articles and in the editor's notes (sources and links
 * in note bodies) and prints a report grouped by note and by article, with file:line. Needs the
 * internet, so it is not part of `npm test`. Exits 1 when a link is broken; redirects and sites
 * that refuse automated requests are listed but do not fail.
 *
 *   npm run check:external [-- --dir <article folder>] [-- --verbose]
 */
import { dirArg } from "@/lib/cli/args";
import { checkExternalUrls } from "./externalCheck";
import { collectExternalLinks } from "./externalLinks";
import { formatExternalReport } from "./externalReport";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const links = collectExternalLinks({ dir: dirArg(argv) });
  if (links.length === 0) {
    console.log("No links to other sites in the articles or notes.");
    return;
  }
  const outcomes = await checkExternalUrls(links.map((link) => link.url));
  console.log(formatExternalReport(links, outcomes, { verbose: argv.includes("--verbose") }));
  if ([...outcomes.values()].some((outcome) => outcome.state === "broken")) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
