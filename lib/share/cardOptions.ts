import path from "node:path";
import { PUBLIC_ORIGIN, SITE_NAME } from "@/lib/site";
import type { DrawOptions } from "./drawCards";

/** Where and how this build draws its cards: the same for the early drawing step and write-share. */
export const cardOptions: DrawOptions = {
  cacheDir: path.resolve(".cache", "cards"),
  site: SITE_NAME,
  host: PUBLIC_ORIGIN ? new URL(PUBLIC_ORIGIN).host : "",
  parallel: 2,
};
