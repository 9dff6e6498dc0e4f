import type { BrowserContextOptions, CDPSession } from "playwright-core";

/** A mid-range Android phone (Moto G Power class), as Lighthouse's mobile profile has it. */
export const phoneContext: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};

/** That phone's speed on a page's CDP session: CPU ×4 slower, slow 4G (150 ms RTT, 1.6 Mbit/s down). Enables the Network domain. */
export async function throttleLikePhone(client: CDPSession): Promise<void> {
  await client.send("Network.enable");
  await client.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await client.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}
