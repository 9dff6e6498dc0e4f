/**
 * Renders every diagram of the corpus into the on-disk cache before `next build`, so the build's
 * parallel workers read SVG files instead of each starting Chromium. Never fails the build:
 * diagrams that cannot be rendered here are rendered in the reader's browser instead.
 */
import { compiledCorpus } from "@/lib/content/artifact";
import { clearDiagramPlan, writeDiagramPlan } from "./diagramPlan";
import { drawnInBrowser, renderDiagrams } from "./mermaid";

async function main(): Promise<void> {
  const started = Date.now();
  clearDiagramPlan();
  const corpus = compiledCorpus();
  const diagrams = corpus.articles
    .filter((a) => !drawnInBrowser(a.slug))
    .flatMap((a) => a.diagrams.map((d) => ({ article: a, diagram: d })));
  const leftToBrowser = corpus.articles.filter((a) => drawnInBrowser(a.slug)).reduce((n, a) => n + a.diagrams.length, 0);
  const results = await renderDiagrams(diagrams.map((d) => d.diagram.source));
  const failed = diagrams.filter((_, i) => results[i] === null);
  for (const { article, diagram } of failed) {
    console.warn(`${article.source}: diagram ${diagram.id} could not be rendered at build; it will render in the browser`);
  }
  const blockLines = new Map(
    corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.blocks.map((b) => [`${a.slug}#${b.id}`, b.line] as const))),
  );
  for (const [i, { article, diagram }] of diagrams.entries()) {
    const removed = results[i]?.removed ?? [];
    if (removed.length === 0) continue;
    // Markup in a label that may not appear in a diagram (links, images, handlers) is dropped, not silently.
    const line = blockLines.get(`${article.slug}#${diagram.id}`);
    const place = line ? `${article.source}:${line}` : article.source;
    console.warn(`${place}: 图 ${diagram.number} (${diagram.id}): removed from the diagram: ${removed.join(", ")}`);
  }
  const plan = { prerendered: diagrams.length - failed.length, inBrowser: failed.length + leftToBrowser };
  writeDiagramPlan(plan);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`[diagrams] ${plan.prerendered}/${diagrams.length + leftToBrowser} rendered (light + dark) in ${seconds}s`);
}

main().catch((error: unknown) => {
  console.warn(`[diagrams] prerender skipped: ${error instanceof Error ? error.message : String(error)}`);
});
