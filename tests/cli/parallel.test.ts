import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve(import.meta.dirname, "../../lib/cli/parallel.mjs");

function run(...commands: string[]) {
  const result = spawnSync(process.execPath, [script, ...commands], { encoding: "utf8" });
  return { status: result.status, stderr: result.stderr };
}

/** A command that leaves `mine` and succeeds only if `theirs` appears within 5 s. */
const meetAt = (mine: string, theirs: string) => `touch ${mine}; for i in $(seq 50); do [ -f ${theirs} ] && exit 0; sleep 0.1; done; exit 1`;

describe("lib/cli/parallel.mjs", () => {
  it("runs the commands side by side and exits 0 when all succeed", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "parallel-"));
    const [a, b] = [path.join(dir, "a"), path.join(dir, "b")];
    // Each waits for the other's file: only commands running at the same time can both succeed.
    expect(run(meetAt(a, b), meetAt(b, a)).status).toBe(0);
  });

  it("exits with the first failure's code and stops the other command with the programs it started", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "parallel-"));
    const marker = path.join(dir, "finished");
    const { status, stderr } = run("sleep 0.3; exit 3", `bash -c 'sleep 1; touch ${marker}'`);
    expect(status).toBe(3);
    expect(stderr).toContain("`sleep 0.3; exit 3` failed (exit 3)");
    spawnSync("sleep", ["1.5"]);
    expect(existsSync(marker)).toBe(false);
  });
});
