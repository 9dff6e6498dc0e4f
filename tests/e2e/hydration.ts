import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element (it carries a fiber key), so the page's listeners are
 * there: an event sent earlier is lost, which happened under load in CI. "load" and "networkidle"
 * both come too early on a busy machine.
 */
export async function hydrated(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber$"))), { timeout: 20_000 })
    .toBe(true);
}
