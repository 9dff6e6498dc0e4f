import fs from "node:fs";
import path from "node:path";
import type { Corpus } from "./schema";

/**
 * The compiled corpus on disk: written once per build by `lib/cli/compile.ts`, read by every
 * page, tool and benchmark. One file per content folder, so a build of other articles
 * (CONTENT_DIR, e.g. the hostile fixtures) never overwrites the site's own.
 */

const ARTIFACT_DIR = path.join(".cache", "corpus");

/** The folder of articles this process builds from: CONTENT_DIR, else the repo's own. */
export function contentDir(root = process.cwd()): string | undefined {
  return process.env.CONTENT_DIR ? path.resolve(root, process.env.CONTENT_DIR) : undefined;
}

export function artifactPath(root = process.cwd(), dir = contentDir(root)): string {
  const name = dir ? path.relative(root, dir).replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "root" : "content";
  return path.join(root, ARTIFACT_DIR, `${name}.json`);
}

export function writeArtifact(corpus: Corpus, file = artifactPath()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a reader in another process never sees half a file.
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(corpus));
  fs.renameSync(temp, file);
}

let loaded: { file: string; corpus: Corpus } | null = null;

/**
 * The compiled corpus, read once per process. It was validated when it was written, so it is
 * trusted here; a missing file means the compile step did not run.
 */
export function compiledCorpus(file = artifactPath()): Corpus {
  if (loaded?.file === file) return loaded.corpus;
  if (!fs.existsSync(file)) {
    throw new Error(`No compiled corpus at ${path.relative(process.cwd(), file)}: run \`npm run content:compile\` (npm run build does it first)`);
  }
  const corpus = JSON.parse(fs.readFileSync(file, "utf8")) as Corpus;
  loaded = { file, corpus };
  return corpus;
}
