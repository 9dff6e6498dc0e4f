import { expect, type Locator, type Page } from "@playwright/test";

/** Opens the header's 外观设置 menu and returns it. */
export async function openMenu(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "外观设置" }).click();
  const menu = page.getByRole("dialog", { name: "外观设置" });
  await expect(menu).toBeVisible();
  return menu;
}

/** Picks one option of one group in the menu, then closes it with Esc. */
export async function choose(page: Page, group: string, option: string): Promise<void> {
  const menu = await openMenu(page);
  await menu.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
}
