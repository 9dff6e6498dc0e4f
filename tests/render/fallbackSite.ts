import path from "node:path";
import { fixtureSite, root } from "../support/fixtureSite";

/**
 * A small site (tests/render/fixtures/fallback, two diagrams) built with READER_MERMAID=client, which
 * sends every diagram to Mermaid in the reader's browser instead of prerendering it.
 */
export const fallbackSite = fixtureSite({
  name: "fallback",
  contentDir: path.join(root, "tests/render/fixtures/fallback"),
  env: { READER_MERMAID: "client" },
});
