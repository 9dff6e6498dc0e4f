import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Manifest, NotesFile } from "../content/schema";

/**
 * `npm run bench:build -- --copies N`: builds the seeds ×N from clean (N−1 extra copies of every
 * article, each with its own slug, manifest entry and copied notes) and prints seconds per phase —
 * the steps of `prebuild`, `build` and `postbuild` from package.json, in order — the total, and the
 * size and file count of out/, and that size by kind (cards, pages, payloads, assets).
 */

const root = process.cwd();
const outDir = path.join(root, "out");
const copyDir = path.join(root, ".cache", "bench-build");

function copiesArg(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === "--copies" || a.startsWith("--copies="));
  if (i < 0) return 1;
  const value = Number(argv[i].includes("=") ? argv[i].slice("--copies=".length) : argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error("--copies takes a whole number ≥ 1");
  return value;
}

/** The seeds plus N−1 renamed copies in one folder; returns the folder. */
function seedCopies(copies: number): string {
  fs.rmSync(copyDir, { recursive: true, force: true });
  fs.mkdirSync(copyDir, { recursive: true });
  const articles = path.join(root, "content", "articles");
  const manifest = Manifest.parse(JSON.parse(fs.readFileSync(path.join(root, "content", "articles.json"), "utf8")));
  const notes = NotesFile.parse(JSON.parse(fs.readFileSync(path.join(root, "content", "notes.json"), "utf8")));
  const entries = [];
  const copiedNotes = [];
  for (let c = 0; c < copies; c++) {
    const suffix = c === 0 ? "" : `-c${c + 1}`;
    for (const entry of manifest) {
      const file = c === 0 ? entry.file : `c${c + 1}_${entry.file}`;
      fs.copyFileSync(path.join(articles, entry.file), path.join(copyDir, file));
      entries.push({ ...entry, file, slug: `${entry.slug}${suffix}` });
    }
    for (const note of notes) copiedNotes.push({ ...note, id: `${note.id}${suffix}`, articleSlug: `${note.articleSlug}${suffix}` });
  }
  fs.writeFileSync(path.join(copyDir, "articles.json"), JSON.stringify(entries, null, 2));
  fs.writeFileSync(path.join(copyDir, "notes.json"), JSON.stringify(copiedNotes, null, 2));
  return copyDir;
}

/** `prebuild`, `build`, `postbuild` split at `&&`: the phases `npm run build` goes through. */
function phases(): string[] {
  const scripts = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts as Record<string, string>;
  return ["prebuild", "build", "postbuild"].flatMap((name) => (scripts[name] ?? "").split("&&").map((s) => s.trim()).filter(Boolean));
}

/** What a file of out/ is, for the size breakdown: cards, share pages, other pages, assets. */
function kindOf(relative: string): string {
  if (relative.startsWith("cards/")) return "cards";
  if (relative.startsWith("_next/")) return "framework and site assets (_next/)";
  if (/^articles\/[^/]+\/s\//.test(relative)) return "share pages";
  if (relative.startsWith("search/")) return "search index";
  const section = relative.startsWith("articles/") ? "article" : relative.startsWith("glossary/") ? "glossary" : "other";
  if (relative.endsWith(".html")) return `${section} pages (HTML)`;
  return "other";
}

function sizeOf(dir: string): { bytes: number; files: number; kinds: Map<string, number> } {
  let bytes = 0;
  let files = 0;
  const kinds = new Map<string, number>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const size = fs.statSync(full).size;
    const kind = kindOf(path.relative(dir, full).split(path.sep).join("/"));
    kinds.set(kind, (kinds.get(kind) ?? 0) + size);
    bytes += size;
    files += 1;
  }
  return { bytes, files, kinds };
}

const copies = copiesArg(process.argv.slice(2));
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (copies > 1) env.CONTENT_DIR = seedCopies(copies);
// From clean: no previous output, no framework cache, no cached diagrams, cards or corpus.
for (const dir of ["out", ".next", ".cache/mermaid", ".cache/cards", ".cache/corpus"]) fs.rmSync(path.join(root, dir), { recursive: true, force: true });

console.log(`bench:build — seeds ×${copies}${copies > 1 ? ` (${copies * 5} articles from ${path.relative(root, copyDir)})` : ""}`);
const rows: [string, number][] = [];
const started = performance.now();
for (const command of phases()) {
  const t0 = performance.now();
  const result = spawnSync(command, { cwd: root, env, shell: true, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  rows.push([command, seconds]);
  if (result.status !== 0) {
    console.error(`${command} failed (exit ${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    process.exit(1);
  }
  console.log(`${seconds.toFixed(1).padStart(7)} s  ${command}`);
  // Steps inside a phase (side by side in \`build\`) report their own time as "[step] … in N s".
  for (const line of result.stdout.split("\n")) if (/^\[[\w -]+\] .* in [\d.]+ ?s/.test(line)) console.log(`           ${line}`);
}
const total = (performance.now() - started) / 1000;
const size = sizeOf(outDir);
console.log(`${total.toFixed(1).padStart(7)} s  total`);
console.log(`out/: ${(size.bytes / 1e6).toFixed(1)} MB in ${size.files} files (${(size.bytes / 1e6 / (copies * 5)).toFixed(2)} MB per article)`);
for (const [kind, bytes] of [...size.kinds].sort((a, b) => b[1] - a[1])) console.log(`${(bytes / 1e6).toFixed(2).padStart(9)} MB  ${kind}`);
// out/ now holds the copies: make `npm start` rebuild the real site next time.
if (copies > 1) fs.rmSync(path.join(outDir, ".build-stamp"), { force: true });
