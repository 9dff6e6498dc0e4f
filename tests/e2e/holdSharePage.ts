import type { Page } from "@playwright/test";

/** A share page forwards at once; to inspect it in place, it is served without the refresh. */
export async function holdSharePage(page: Page): Promise<void> {
  await page.route("**/articles/*/s/*/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, "");
    await route.fulfill({ response, body: html, headers: { ...response.headers(), "content-length": String(Buffer.byteLength(html)) } });
  });
}
