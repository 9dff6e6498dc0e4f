import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { automationChromiumPath as testChromium, chromiumArgs as sharedArgs } from "./lib/chromium";

// In Debian's headless shell where installed (lib/chromium.ts): the whole suite ran in 4.7 min with
// it against 8–9 min in the full browser.
const chromiumArgs = [...sharedArgs];

// Browser tests run against the production build served by `npm start`, in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: true,
  // Two per core: a test spends much of its time waiting on the browser and the network. On 2 cores,
  // 4 workers kept the CPU 89 % busy; the suite took 7.6–8.4 minutes instead of 9.5 (CI: 10.4 → 8.5).
  workers: Math.max(2, availableParallelism() * 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: testChromium, args: chromiumArgs },
    trace: "off",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: testChromium, args: chromiumArgs } } }],
  webServer: {
    command: "node lib/serve/start.mjs",
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 15 * 60_000,
    stdout: "pipe",
  },
});
