// Runs shell commands side by side and waits for all of them: `node lib/cli/parallel.mjs "a" "b"`.
// Exits with the first failure's code (the others are stopped, with everything they started), else 0.
// Used by `npm run build` to draw share cards while `next build` runs.
import { spawn } from "node:child_process";

const commands = process.argv.slice(2);
// Each command leads its own process group, so stopping it stops the programs it started too.
const children = commands.map((command) => ({ command, child: spawn(command, { shell: true, stdio: "inherit", detached: true }) }));

function stopAll(except) {
  for (const { child } of children) {
    if (child === except || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stopAll(null);
    process.exit(130);
  });
}

const results = await Promise.all(
  children.map(
    ({ command, child }) =>
      new Promise((resolve) => {
        child.on("exit", (code, signal) => {
          const status = code ?? (signal ? 1 : 0);
          if (status !== 0) {
            console.error(`\`${command}\` failed (${signal ?? `exit ${code}`})`);
            stopAll(child);
          }
          resolve(status);
        });
      }),
  ),
);
process.exit(results.find((status) => status !== 0) ?? 0);
