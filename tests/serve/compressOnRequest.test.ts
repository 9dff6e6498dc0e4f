import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, compressOnRequest } from "../../lib/serve/compressOnRequest.mjs";

const page = `<!doctype html><html lang="zh-CN"><body>${"<p>贾扬清与 AI 基础设施：从框架到落地产品。</p>\n".repeat(400)}</body></html>`;
const payload = `0:{"P":null,"c":["","articles","x",""]}\n${'1:["$","p",null,{"children":"正文"}]\n'.repeat(300)}`;
const script = `console.log(${JSON.stringify("x".repeat(2000))});`;
/** Text that does not simply repeat, so brotli's quality levels differ on it. */
const variedPage = `<!doctype html><body>${Array.from({ length: 3000 }, (_, i) => `<a href="/glossary/t${(i * 7919) % 1013}/">词${(i * 104729) % 9973}</a>`).join("")}</body>`;

let root: string;
let origin: string;
let server: http.Server;
const passedOn: string[] = [];

function get(urlPath: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${origin}${urlPath}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "compress-"));
  mkdirSync(path.join(root, "articles", "x"), { recursive: true });
  mkdirSync(path.join(root, "_next", "static", "chunks"), { recursive: true });
  writeFileSync(path.join(root, "index.html"), page);
  writeFileSync(path.join(root, "articles", "x", "index.html"), page);
  writeFileSync(path.join(root, "articles", "x", "index.txt"), payload);
  writeFileSync(path.join(root, "404.html"), page);
  mkdirSync(path.join(root, "glossary"));
  writeFileSync(path.join(root, "glossary", "index.html"), variedPage);
  writeFileSync(path.join(root, "tiny.txt"), "short");
  writeFileSync(path.join(root, "card.png"), Buffer.alloc(4096, 7));
  writeFileSync(path.join(root, "_next", "static", "chunks", "a.js"), script);
  writeFileSync(path.join(root, "_next", "static", "chunks", "a.js.br"), brotliCompressSync(script));
  writeFileSync(path.join(os.tmpdir(), "outside.html"), page);

  const handler = compressOnRequest(root, { setHeaders: (res: http.ServerResponse, p: string) => res.setHeader("X-Path", p) });
  server = http.createServer((req, res) => {
    if (req.url === "/missing/") return handler.sendFile(req, res, path.join(root, "404.html"), 404);
    handler(req, res, () => {
      passedOn.push(req.url ?? "");
      res.writeHead(299);
      res.end("passed on");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe("compressOnRequest", () => {
  it("answers a page, at its trailing-slash URL, with a brotli body that decodes to the file", async () => {
    const res = await get("/articles/x/", { "Accept-Encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["x-path"]).toBe("/articles/x/");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(brotliDecompressSync(res.body).toString("utf8")).toBe(page);
  });

  it("answers the home page and a React payload too", async () => {
    const home = await get("/", { "Accept-Encoding": "br" });
    expect(brotliDecompressSync(home.body).toString("utf8")).toBe(page);
    const rsc = await get("/articles/x/index.txt", { "Accept-Encoding": "br" });
    expect(rsc.headers["content-type"]).toBe("text/plain");
    expect(brotliDecompressSync(rsc.body).toString("utf8")).toBe(payload);
  });

  it("sends gzip to a client without brotli", async () => {
    const res = await get("/articles/x/", { "Accept-Encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.body).toString("utf8")).toBe(page);
  });

  it("recompresses at a higher quality for later requests, with the same content", async () => {
    const first = await get("/glossary/", { "Accept-Encoding": "br" });
    expect(brotliDecompressSync(first.body).toString("utf8")).toBe(variedPage);
    let later = first;
    for (let i = 0; i < 100 && later.body.equals(first.body); i++) {
      await new Promise((r) => setTimeout(r, 20));
      later = await get("/glossary/", { "Accept-Encoding": "br" });
    }
    expect(later.body.length).toBeLessThan(first.body.length);
    expect(brotliDecompressSync(later.body).toString("utf8")).toBe(variedPage);
  });

  it("answers a matching If-None-Match with 304, and HEAD with headers only", async () => {
    const first = await get("/articles/x/", { "Accept-Encoding": "br" });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".*-br"$/);
    const again = await get("/articles/x/", { "Accept-Encoding": "br", "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const gzipEtag = (await get("/articles/x/", { "Accept-Encoding": "gzip" })).headers.etag;
    expect(gzipEtag).not.toBe(etag);
    const head = await get("/articles/x/", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it("compresses a rebuilt file again", async () => {
    const file = path.join(root, "articles", "x", "index.txt");
    const changed = `${payload}2:"新的一行"\n`;
    writeFileSync(file, changed);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const res = await get("/articles/x/index.txt", { "Accept-Encoding": "br" });
    expect(brotliDecompressSync(res.body).toString("utf8")).toBe(changed);
  });

  it("passes on what it does not compress: no accepted encoding, a precompressed asset asked as brotli, images, tiny files, missing files, paths outside the folder", async () => {
    passedOn.length = 0;
    expect((await get("/articles/x/", {})).status).toBe(299);
    expect((await get("/articles/x/", { "Accept-Encoding": "identity" })).status).toBe(299);
    expect((await get("/_next/static/chunks/a.js", { "Accept-Encoding": "br" })).status).toBe(299);
    expect((await get("/card.png", { "Accept-Encoding": "br" })).status).toBe(299);
    expect((await get("/tiny.txt", { "Accept-Encoding": "br" })).status).toBe(299);
    expect((await get("/nothing/", { "Accept-Encoding": "br" })).status).toBe(299);
    expect((await get("/%2e%2e/outside.html", { "Accept-Encoding": "br" })).status).toBe(299);
    expect(passedOn).toHaveLength(7);
  });

  it("gzips a precompressed asset for a client without brotli", async () => {
    const res = await get("/_next/static/chunks/a.js", { "Accept-Encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["content-type"]).toBe("text/javascript");
    expect(gunzipSync(res.body).toString("utf8")).toBe(script);
  });

  it("sends the 404 page compressed with its status", async () => {
    const res = await get("/missing/", { "Accept-Encoding": "br" });
    expect(res.status).toBe(404);
    expect(res.headers.etag).toBeUndefined();
    expect(brotliDecompressSync(res.body).toString("utf8")).toBe(page);
    const plain = await get("/missing/", {});
    expect(plain.status).toBe(404);
    expect(plain.body.toString("utf8")).toBe(page);
  });
});
