import { compiledCorpus } from "@/lib/content/artifact";
import type { Corpus } from "@/lib/content/schema";
import { staleReason } from "@/lib/serve/freshness.mjs";

/**
 * The corpus the served build was made from. Reading the build's compiled corpus takes
 * milliseconds, where compiling the articles again costs each test process about two seconds; only
 * when out/ is missing or stale (the web server is about to rebuild it) are the articles compiled here.
 */
export async function siteCorpus(): Promise<Corpus> {
  if (!staleReason()) return compiledCorpus();
  const { buildCorpus } = await import("@/lib/content");
  return buildCorpus().corpus;
}
