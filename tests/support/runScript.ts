import { type SpawnSyncReturns, spawnSync } from "node:child_process";

/**
 * Runs one of the project's TypeScript scripts as `npm run` would, but in a plain `node --import tsx`
 * (0.4 s to start, against 1.3 s through `npx tsx`): for tests of the command-line tools.
 */
export function runScript(script: string, args: readonly string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });
}
