import type { Metadata } from "next";
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from "./cardSpec";

/** Open Graph and Twitter tags for a page whose card image the build draws. */
export function cardMetadata(card: CardSpec): Pick<Metadata, "openGraph" | "twitter"> & { image: NonNullable<Metadata["openGraph"]>["images"] } {
  const image = { url: card.path, width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt, type: "image/png" };
  return { image, openGraph: { images: [image] }, twitter: { card: "summary_large_image", images: [card.path] } };
}
