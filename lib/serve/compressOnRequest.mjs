// Compresses pages and payloads when they are first asked for, and keeps the result in memory.
//
// Hashed assets under /_next/static/ are fetched by every page, so they are brotli-compressed at
// the highest quality at build time (precompress.mjs) and served from disk. Everything else — one
// HTML page and one payload per URL, hundreds of them — is compressed here instead of being written
// to out/ a second time: the first request gets brotli quality 5 (≈ 7 ms for the largest article
// page), and the same body is recompressed at quality 11 off the request path, for every later
// request. The cache holds compressed bodies only (a few MB per hundred pages) and is keyed by the
// file's size and mtime, so a rebuilt file is compressed again.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzipSync } from "node:zlib";

const brotliLater = promisify(brotliCompress);

const contentTypes = {
  ".html": "text/html;charset=utf-8",
  ".txt": "text/plain",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".js": "text/javascript",
  ".css": "text/css",
  ".webmanifest": "application/manifest+json",
};

/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 256;

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none. */
export function chooseEncoding(acceptEncoding) {
  const accepted = String(acceptEncoding ?? "")
    .split(",")
    .map((part) => part.trim().split(";"))
    .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ""))
    .map(([name]) => name.toLowerCase());
  if (accepted.includes("br")) return "br";
  if (accepted.includes("gzip")) return "gzip";
  return null;
}

/** `out/` request paths mapped to the file that answers them, as sirv resolves them. */
function candidates(pathname) {
  const trimmed = pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  return [trimmed, `${trimmed}.html`, `${trimmed}/index.html`].filter(Boolean);
}

/**
 * A request handler for `root` that answers compressible files with a compressed body, and passes
 * everything else to `next`: brotli requests for a file precompressed at build (its `.br` is beside
 * it), other types, clients that accept no compression. `setHeaders(res, pathname)` adds the
 * site's own headers.
 */
export function compressOnRequest(root, { setHeaders = () => {} } = {}) {
  root = path.resolve(root);
  const cache = new Map();

  /** The file behind a request path, when it is one to compress here for `encoding`. */
  function fileFor(pathname, encoding) {
    for (const candidate of candidates(pathname)) {
      const file = path.join(root, candidate);
      if (!file.startsWith(root + path.sep) || !(path.extname(file) in contentTypes)) continue;
      let stats;
      try {
        stats = statSync(file);
      } catch {
        continue;
      }
      if (!stats.isFile() || stats.size < MIN_BYTES) return null;
      if (encoding === "br" && isFile(`${file}.br`)) return null; // precompressed at build time
      return { file, stats };
    }
    return null;
  }

  /** The compressed body of a file, from the cache or made now. */
  function body(file, stats, encoding) {
    const key = `${encoding}\0${file}`;
    const version = `${stats.size}-${stats.mtimeMs}`;
    const hit = cache.get(key);
    if (hit?.version === version) return hit.bytes;
    const raw = readFileSync(file);
    const entry = {
      version,
      bytes: encoding === "br" ? brotliCompressSync(raw, brotliParams(raw, 5)) : gzipSync(raw, { level: 9 }),
    };
    cache.set(key, entry);
    if (encoding === "br") {
      brotliLater(raw, brotliParams(raw, 11)).then(
        (better) => {
          if (cache.get(key) === entry) cache.set(key, { version, bytes: better });
        },
        () => {}, // the quality-5 body stays
      );
    }
    return entry.bytes;
  }

  /** Sends `file` with `encoding` and `status`. */
  function send(req, res, file, stats, encoding, status) {
    const etag = `W/"${stats.size}-${stats.mtime.getTime()}-${encoding}"`;
    res.setHeader("Vary", "Accept-Encoding");
    if (status === 200 && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { ETag: etag });
      res.end();
      return;
    }
    const bytes = body(file, stats, encoding);
    res.writeHead(status, {
      "Content-Type": contentTypes[path.extname(file)],
      "Content-Encoding": encoding,
      "Content-Length": bytes.length,
      "Last-Modified": stats.mtime.toUTCString(),
      ...(status === 200 ? { ETag: etag } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : bytes);
  }

  function handler(req, res, next) {
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    if (!encoding) return next();
    let pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      return next();
    }
    const found = fileFor(pathname, encoding);
    if (!found) return next();
    setHeaders(res, pathname);
    send(req, res, found.file, found.stats, encoding, 200);
  }

  /** Sends a file of `root` (the 404 page) with another status, compressed when the client accepts it. */
  handler.sendFile = (req, res, file, status) => {
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    const stats = statSync(file);
    if (encoding && stats.size >= MIN_BYTES && path.extname(file) in contentTypes) return send(req, res, file, stats, encoding, status);
    res.writeHead(status, { "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream" });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  };

  return handler;
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function brotliParams(raw, quality) {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } };
}
