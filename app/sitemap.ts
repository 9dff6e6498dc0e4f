import type { MetadataRoute } from "next";
import { compiledCorpus } from "@/lib/content/artifact";
import { articlePath, glossaryIndexPath, glossaryPath, notesPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const corpus = compiledCorpus();
  return [
    { url: absoluteUrl("/"), priority: 1 },
    ...corpus.articles.map((a) => ({ url: absoluteUrl(articlePath(a.slug)), lastModified: a.updated, priority: 0.9 })),
    { url: absoluteUrl(glossaryIndexPath), priority: 0.7 },
    ...corpus.glossary.map((t) => ({ url: absoluteUrl(glossaryPath(t.id)), priority: 0.5 })),
    { url: absoluteUrl(notesPath), priority: 0.5 },
  ];
}
