import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import sharp from "sharp";
import { chromiumArgs, chromiumPath } from "@/lib/chromium";
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

/** The template's fields, by element id; filled as text only, never markup. */
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

/** A screenshot reduced to a small palette: flat colours and anti-aliased text need few. */
async function quantize(png: Buffer): Promise<Buffer> {
  return sharp(png).png({ palette: true, colors: 16, dither: 0, compressionLevel: 9, effort: 2 }).toBuffer();
}

/**
 * Draws each card not already cached (headless Chromium, CJK fonts from the system) and returns
 * the cached file of every spec, in order. Unchanged cards cost a file lookup.
 */
export async function drawCards(specs: readonly CardSpec[], options: DrawOptions): Promise<{ files: string[]; drawn: number }> {
  fs.mkdirSync(options.cacheDir, { recursive: true });
  const files = specs.map((spec) => path.join(options.cacheDir, `${cardHash(spec)}.png`));
  const todo = specs.map((spec, i) => ({ spec, file: files[i] })).filter(({ file }) => !fs.existsSync(file));
  if (todo.length === 0) return { files, drawn: 0 };
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const context = await browser.newContext({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
    const workers = Array.from({ length: Math.max(1, options.parallel ?? 2) }, async (_, w) => {
      const page = await context.newPage();
      await page.setContent(CARD_HTML);
      // CDP's fast PNG encoder: the image is re-encoded with a palette right after anyway.
      const cdp = await context.newCDPSession(page);
      for (let i = w; i < todo.length; i += options.parallel ?? 2) {
        const { spec, file } = todo[i];
        // A plain function body: the page cannot see helpers the build tool adds to named functions.
        await page.evaluate(
          (entries) => {
            for (const [id, text] of entries) {
              const el = document.getElementById(id);
              if (el) el.textContent = text;
            }
            return document.fonts.ready.then(() => true);
          },
          fields(spec, options.site, options.host),
        );
        const shot = (await cdp.send("Page.captureScreenshot", { format: "png", optimizeForSpeed: true })) as { data: string };
        fs.writeFileSync(file, await quantize(Buffer.from(shot.data, "base64")));
      }
    });
    await Promise.all(workers);
  } finally {
    await browser.close();
  }
  return { files, drawn: todo.length };
}
