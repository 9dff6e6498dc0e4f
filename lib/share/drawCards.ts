import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import sharp, { type OutputInfo } from "sharp";
import { automationChromiumPath, chromiumArgs } from "@/lib/chromium";
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec, cardHash } from "./cardSpec";
import { CARD_HTML } from "./cardTemplate";

export interface DrawOptions {
  /** Where cached PNGs live, named by content hash. */
  readonly cacheDir: string;
  /** Site name and host shown in the card's footer. */
  readonly site: string;
  readonly host: string;
  /** Pages drawing at once (the machine's cores). */
  readonly parallel?: number;
}

/** Cards photographed in one screenshot: capture has a fixed cost per call that batching spreads. */
const BATCH = 8;

/** The template's fields, by class; filled as text only, never markup. */
function fields(spec: CardSpec, site: string, host: string): [string, string][] {
  return [
    ["kicker", spec.kicker],
    ["badge", spec.badge ?? ""],
    ["title", spec.title],
    ["subtitle", spec.subtitle ?? ""],
    ["excerpt", spec.excerpt],
    ["site", site],
    ["host", host],
  ];
}

/**
 * A screenshot reduced to a small palette: flat colours and anti-aliased text need few. Quality 50
 * lets the quantizer settle on fewer anti-aliasing shades (9 of 16 on a section card, no channel
 * more than 15 levels off), which repeat more and compress 10–13 % smaller.
 */
async function quantize(pixels: Buffer, info: Pick<OutputInfo, "width" | "height" | "channels">): Promise<Buffer> {
  return sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .png({ palette: true, colors: 16, dither: 0, compressionLevel: 9, effort: 1, quality: 50 })
    .toBuffer();
}

/**
 * Draws each card not already cached (headless Chromium, CJK fonts from the system) and returns
 * the cached file of every spec, in order. Unchanged cards cost a file lookup.
 */
export async function drawCards(specs: readonly CardSpec[], options: DrawOptions): Promise<{ files: string[]; drawn: number }> {
  fs.mkdirSync(options.cacheDir, { recursive: true });
  const files = specs.map((spec) => path.join(options.cacheDir, `${cardHash(spec, options)}.png`));
  const todo = specs.map((spec, i) => ({ spec, file: files[i] })).filter(({ file }) => !fs.existsSync(file));
  if (todo.length === 0) return { files, drawn: 0 };
  const batches: (typeof todo)[] = [];
  for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
  const parallel = Math.max(1, options.parallel ?? 2);
  const browser = await chromium.launch({ executablePath: automationChromiumPath, args: [...chromiumArgs] });
  try {
    const context = await browser.newContext({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT * BATCH }, deviceScaleFactor: 1 });
    const workers = Array.from({ length: parallel }, async (_, w) => {
      const page = await context.newPage();
      await page.setContent(CARD_HTML);
      // CDP's fast PNG encoder: each card is cut out and re-encoded with a palette right after.
      const cdp = await context.newCDPSession(page);
      for (let b = w; b < batches.length; b += parallel) {
        const batch = batches[b];
        // A plain function body: the page cannot see helpers the build tool adds to named functions.
        await page.evaluate(
          (cards) => {
            const template = document.getElementById("card") as HTMLTemplateElement;
            for (const old of document.querySelectorAll("body > .card")) old.remove();
            for (const entries of cards) {
              const card = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
              for (const [name, text] of entries) {
                const el = card.querySelector(`.${name}`);
                if (el) el.textContent = text;
              }
              document.body.append(card);
            }
            return document.fonts.ready.then(() => true);
          },
          batch.map(({ spec }) => fields(spec, options.site, options.host)),
        );
        const clip = { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT * batch.length, scale: 1 };
        const shot = (await cdp.send("Page.captureScreenshot", { format: "png", optimizeForSpeed: true, clip })) as { data: string };
        // Decoded once; the cards are stacked, so each is a run of whole rows of the sheet.
        const sheet = await sharp(Buffer.from(shot.data, "base64")).raw().toBuffer({ resolveWithObject: true });
        const cardBytes = CARD_HEIGHT * sheet.info.width * sheet.info.channels;
        await Promise.all(
          batch.map(async ({ file }, i) => {
            const pixels = sheet.data.subarray(i * cardBytes, (i + 1) * cardBytes);
            fs.writeFileSync(file, await quantize(pixels, { width: sheet.info.width, height: CARD_HEIGHT, channels: sheet.info.channels }));
          }),
        );
      }
    });
    await Promise.all(workers);
  } finally {
    await browser.close();
  }
  return { files, drawn: todo.length };
}
