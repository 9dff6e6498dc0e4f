import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * An axe-core scan of the page (or of `include`). Only violations come back: the passes list every
 * node checked, megabytes for an article, to be serialized and thrown away. Legacy mode runs axe
 * in the page itself instead of finishing in a second page; the site has no frames to reach.
 */
export function axeScan(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  return (include ? builder.include(include) : builder).analyze();
}
