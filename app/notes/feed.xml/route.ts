import { compiledCorpus } from "@/lib/content/artifact";
import { notesFeed } from "@/lib/feeds/atom";

export const dynamic = "force-static";

/** /notes/feed.xml: the editor's notes as an Atom feed, written once at build. */
export function GET(): Response {
  const corpus = compiledCorpus();
  return new Response(notesFeed(corpus), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
