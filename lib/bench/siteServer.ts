import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface SiteServer {
  readonly origin: string;
  readonly child: ChildProcess;
}

const port = Number(process.env.PORT ?? 3200 + Math.floor(Math.random() * 700));

/** Where startSite() serves the build: PORT or a random port on the loopback address. */
export const siteOrigin = `http://127.0.0.1:${port}`;

/**
 * Serves the production build with `npm start` (lib/serve/start.mjs, which builds first when out/
 * is stale) at siteOrigin, and resolves once it answers.
 */
export function startSite(): Promise<SiteServer> {
  const origin = siteOrigin;
  const child = spawn(process.execPath, ["lib/serve/start.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 15 * 60_000;
    const poll = () => {
      http
        .get(`${origin}/`, (res) => {
          res.resume();
          resolve({ origin, child });
        })
        .on("error", () => {
          if (Date.now() > deadline || child.exitCode !== null) reject(new Error("npm start did not come up"));
          else setTimeout(poll, 300);
        });
    };
    poll();
  });
}
