import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/**
 * An axe-core scan of the page (or of `include`). Only violations come back: the passes list every
 * node checked, megabytes for an article, to be serialized and thrown away. Legacy mode runs axe
 * in the page itself instead of finishing in a second page; the site has no frames to reach.
 */
export function axeScan(page: Page, include?: string): Promise<AxeResults> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  return (include ? builder.include(include) : builder).analyze();
}

/** Every violation as "rule: elements", or only the serious and critical ones. */
export function violationList(results: AxeResults, { seriousOnly = false } = {}): string[] {
  return results.violations
    .filter((v) => !seriousOnly || v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * A scan in each colour scheme from one load of the page. Under 跟随系统 (what a reader without a
 * stored theme gets) the page follows the system's scheme while it is open, so it is scanned in
 * light, switched to dark and scanned again: every rule runs in both, and the page is loaded once
 * instead of twice (on an article a load costs about a third of what a scan does).
 */
export async function axeScanInBothSchemes(page: Page, include?: string): Promise<Record<"light" | "dark", AxeResults>> {
  // Site pages carry the theme as an attribute the page script keeps in step with the system;
  // a share page has only CSS media queries, which follow at once.
  const html = page.locator("html");
  const themed = (await html.getAttribute("data-theme")) !== null;
  const switchTo = async (scheme: "light" | "dark") => {
    await page.emulateMedia({ colorScheme: scheme });
    if (themed) await expect(html).toHaveAttribute("data-theme", scheme);
  };
  await switchTo("light");
  const light = await axeScan(page, include);
  await switchTo("dark");
  const dark = await axeScan(page, include);
  return { light, dark };
}

/** The violations found in each scheme (axeScanInBothSchemes), listed as violationList lists them. */
export async function violationsInBothSchemes(
  page: Page,
  { include, seriousOnly = false }: { include?: string; seriousOnly?: boolean } = {},
): Promise<Record<"light" | "dark", string[]>> {
  const { light, dark } = await axeScanInBothSchemes(page, include);
  return { light: violationList(light, { seriousOnly }), dark: violationList(dark, { seriousOnly }) };
}
