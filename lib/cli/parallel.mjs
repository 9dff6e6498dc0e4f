// Runs shell commands side by side and waits for all of them: `node lib/cli/parallel.mjs "a" "b"`.
// Exits with the first failure's code (the others are stopped), else 0. Used by `npm run build`
// to draw share cards while `next build` runs.
import { spawn } from "node:child_process";

const commands = process.argv.slice(2);
const children = commands.map((command) => ({ command, child: spawn(command, { shell: true, stdio: "inherit" }) }));

const results = await Promise.all(
  children.map(
    ({ command, child }) =>
      new Promise((resolve) => {
        child.on("exit", (code, signal) => {
          const status = code ?? (signal ? 1 : 0);
          if (status !== 0) {
            console.error(`\`${command}\` failed (${signal ?? `exit ${code}`})`);
            for (const other of children) if (other.child !== child && other.child.exitCode === null) other.child.kill();
          }
          resolve(status);
        });
      }),
  ),
);
process.exit(results.find((status) => status !== 0) ?? 0);
