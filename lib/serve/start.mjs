// `npm start`: serve the static export in out/ (building it first when stale), compressed
// (hashed assets precompressed at build, pages on first request), with a real 404 page and
// long-lived caching for hashed assets.
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";
import { compressOnRequest } from "./compressOnRequest.mjs";
import { ensureBuild } from "./ensure-build.mjs";
import { outDir } from "./freshness.mjs";
import { securityHeaders } from "./headers.mjs";

ensureBuild();

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST;
// Per page: each HTML response's CSP lists the hashes of that page's inline scripts.
const headersFor = securityHeaders(outDir);

function setHeaders(res, pathname) {
  for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
  if (pathname.startsWith("/_next/static/")) {
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  } else if (pathname.endsWith(".html") || pathname.endsWith("/")) {
    res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
  } else {
    res.setHeader("Cache-Control", "public, max-age=3600");
  }
}

const serveStatic = sirv(outDir, { dev: false, etag: true, brotli: true, extensions: ["html"], setHeaders });
const serveCompressed = compressOnRequest(outDir, { setHeaders });

const notFoundPage = path.join(outDir, "404.html");

function sendNotFound(req, res) {
  for (const [name, value] of Object.entries(headersFor("/404.html"))) res.setHeader(name, value);
  res.setHeader("Cache-Control", "no-cache");
  if (existsSync(notFoundPage)) serveCompressed.sendFile(req, res, notFoundPage, 404);
  else {
    res.writeHead(404, { "Content-Type": "text/plain;charset=utf-8" });
    res.end(req.method === "HEAD" ? undefined : "Not found");
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  // Pages live at trailing-slash URLs; send /articles/x to /articles/x/ so relative links resolve.
  if (!url.pathname.endsWith("/") && !path.extname(url.pathname)) {
    const dirIndex = path.join(outDir, decodeURIComponent(url.pathname), "index.html");
    if (dirIndex.startsWith(outDir) && existsSync(dirIndex)) {
      res.writeHead(308, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
  }
  serveCompressed(req, res, () => serveStatic(req, res, () => sendNotFound(req, res)));
});

server.listen(port, host, () => {
  console.log(`AI Infra 读本: http://localhost:${port}/`);
});
