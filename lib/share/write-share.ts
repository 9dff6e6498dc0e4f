/**
 * Postbuild: copies the card images into out/cards/ (draw-cards.ts drew them beside `next build`;
 * any still missing from the cache are drawn here) and writes the small
 * static share page of every section and FAQ question into out/articles/<slug>/s/<id>/, with
 * the one stylesheet they share.
 *   tsx lib/share/write-share.ts [outDir]
 */
import fs from "node:fs";
import path from "node:path";
import { compiledCorpus } from "@/lib/content/artifact";
import type { Article, Section } from "@/lib/content/schema";
import { sectionLabel } from "@/lib/render/sectionTree";
import { articleAnchorPath, sharePath, shareStylesheetPath } from "@/lib/routes";
import { absoluteUrl, PUBLIC_ORIGIN, SITE_NAME } from "@/lib/site";
import { cardOptions } from "./cardOptions";
import { allCards, type CardSpec, sectionCard } from "./cardSpec";
import { drawCards } from "./drawCards";
import { SHARE_CSS, sharePageHtml } from "./sharePage";

const outDir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? "out");

function writeFile(file: string, body: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

/** The share pages of one article: each section, and each FAQ question (with its section's card). */
function sharePages(article: Article): { id: string; heading: string; excerpt: string; card: CardSpec }[] {
  const sections = new Map<string, Section>(article.sections.map((s) => [s.id, s]));
  return [
    ...article.sections.map((s) => ({ id: s.id, heading: sectionLabel(s), excerpt: s.excerpt, card: sectionCard(article, s) })),
    ...article.faq.flatMap((f) => {
      const section = sections.get(f.sectionId);
      return section ? [{ id: f.id, heading: f.question, excerpt: f.excerpt || section.excerpt, card: sectionCard(article, section) }] : [];
    }),
  ];
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!PUBLIC_ORIGIN && !process.env.CI && process.env.NODE_ENV !== "test") {
    console.warn("[share] SITE_URL is not set: card links point at http://localhost:3000 (set SITE_URL=https://… for a real deployment)");
  }
  const corpus = compiledCorpus();
  const cards = allCards(corpus);
  const { files, drawn } = await drawCards(cards, cardOptions);
  let bytes = 0;
  for (const [i, card] of cards.entries()) {
    fs.mkdirSync(path.dirname(path.join(outDir, card.path)), { recursive: true });
    fs.copyFileSync(files[i], path.join(outDir, card.path));
    bytes += fs.statSync(files[i]).size;
  }
  writeFile(path.join(outDir, shareStylesheetPath), SHARE_CSS);
  let pages = 0;
  for (const article of corpus.articles) {
    for (const page of sharePages(article)) {
      const html = sharePageHtml({
        heading: page.heading,
        articleTitle: article.title,
        excerpt: page.excerpt,
        target: articleAnchorPath(article.slug, page.id),
        canonical: absoluteUrl(articleAnchorPath(article.slug, page.id)),
        url: absoluteUrl(sharePath(article.slug, page.id)),
        image: absoluteUrl(page.card.path),
        card: page.card,
        siteName: SITE_NAME,
      });
      writeFile(path.join(outDir, sharePath(article.slug, page.id), "index.html"), html);
      pages += 1;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`[share] ${pages} share pages, ${cards.length} cards (${drawn} drawn, ${(bytes / 1e6).toFixed(1)} MB) in ${seconds}s`);
}

main().catch((error: unknown) => {
  console.error(`[share] ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
