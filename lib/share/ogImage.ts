import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from "./cardSpec";

/** Open Graph image and Twitter card tags for a page whose card image the build draws. */
export function cardMetadata(card: CardSpec) {
  const image = { url: card.path, width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt, type: "image/png" };
  return { images: [image], twitter: { card: "summary_large_image" as const, images: [card.path] } };
}
