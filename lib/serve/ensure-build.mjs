// Builds the static site when `out/` is missing or older than the sources.
import { spawnSync } from "node:child_process";
import { root, staleReason } from "./freshness.mjs";

export function ensureBuild() {
  const reason = staleReason();
  if (!reason) return;
  console.log(`Building the site: ${reason}.`);
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
