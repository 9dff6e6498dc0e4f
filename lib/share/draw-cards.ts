/**
 * Draws every card of the compiled corpus into the cache (.cache/cards), before the pages exist:
 * cards need only the corpus, so `npm run build` runs this beside `next build`, whose static page
 * generation leaves a core idle. write-share then finds them drawn.
 *   tsx lib/share/draw-cards.ts
 */
import { compiledCorpus } from "@/lib/content/artifact";
import { allCards } from "./cardSpec";
import { cardOptions } from "./cardOptions";
import { drawCards } from "./drawCards";

const started = Date.now();
const cards = allCards(compiledCorpus());
drawCards(cards, cardOptions)
  .then(({ drawn }) => console.log(`[cards] ${cards.length} cards (${drawn} drawn) in ${((Date.now() - started) / 1000).toFixed(1)}s`))
  .catch((error: unknown) => {
    console.error(`[cards] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
