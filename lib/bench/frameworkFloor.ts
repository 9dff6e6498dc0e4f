import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import sirv from "sirv";
import { compressOnRequest } from "../serve/compressOnRequest.mjs";

/**
 * The framework's floor for bench:pages' Lighthouse table: a blank Next.js App Router page (a
 * heading and a paragraph of Chinese text, no client component, no stylesheet) built with the
 * project's own Next.js into .cache/framework-floor and served like the site (hashed assets at
 * brotli 11, the page compressed on request). No page of the site can score above what Next.js
 * alone scores on the same machine, so this is the ceiling to read the site's scores against.
 */

const root = path.resolve(import.meta.dirname, "../..");
const projectDir = path.join(root, ".cache", "framework-floor");
const outDir = path.join(projectDir, "out");

const files: Record<string, string> = {
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return (
    <main>
      <h1>空白页面</h1>
      <p>这一页只有一个标题和一段文字，没有客户端组件，也没有样式表：它加载的脚本全部来自框架本身，用来衡量框架在手机上的最低代价。</p>
    </main>
  );
}
`,
  "next.config.mjs": `export default { output: "export", trailingSlash: true, poweredByHeader: false, typescript: { ignoreBuildErrors: true } };
`,
  "tsconfig.json": `${JSON.stringify(
    {
      compilerOptions: { target: "ES2022", lib: ["dom", "ES2023"], strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", isolatedModules: true, skipLibCheck: true },
      include: ["**/*.tsx"],
    },
    null,
    2,
  )}\n`,
};

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/** Builds the blank page from clean (≈ 15 s) and writes a brotli-11 copy beside each hashed asset. */
function build(): void {
  rmSync(projectDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(projectDir, name)), { recursive: true });
    writeFileSync(path.join(projectDir, name), text);
  }
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [next, "build", projectDir], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`Building the blank Next.js page failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  for (const file of filesUnder(path.join(outDir, "_next", "static"))) {
    if (!/\.(js|css)$/.test(file)) continue;
    writeFileSync(`${file}.br`, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

/** Builds the blank page and serves it on a free loopback port. */
export async function serveFrameworkFloor(): Promise<{ origin: string; close: () => Promise<void> }> {
  build();
  const serveStatic = sirv(outDir, { dev: false, etag: true, brotli: true, extensions: ["html"] });
  const serveCompressed = compressOnRequest(outDir);
  const server = http.createServer((req, res) =>
    serveCompressed(req, res, () =>
      serveStatic(req, res, () => {
        res.writeHead(404);
        res.end();
      }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
