import { compiledCorpus } from "@/lib/content/artifact";
import { articlesFeed } from "@/lib/feeds/atom";

export const dynamic = "force-static";

/** /feed.xml: the articles as an Atom feed, written once at build. */
export function GET(): Response {
  const corpus = compiledCorpus();
  return new Response(articlesFeed(corpus.articles), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
