/**
 * `npm run urls:update`: rewrite content/urls.json from the current corpus. Run it only when
 * dropping a public URL is deliberate; the diff shows exactly which promises change.
 */
import { buildCorpus } from "@/lib/content";
import { loadUrlRegistry, publicUrls, saveUrlRegistry } from "./publicUrls";

const { corpus, problems } = await buildCorpus();
const errors = problems.filter((problem) => problem.severity === "error");
if (errors.length > 0) {
  for (const problem of errors) console.error(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
  console.error("urls:update: the corpus has errors; fix them first.");
  process.exit(1);
}
const before = new Set(loadUrlRegistry());
const after = publicUrls(corpus);
const added = after.filter((url) => !before.has(url));
const removed = [...before].filter((url) => !after.includes(url));
saveUrlRegistry(after);
console.log(`content/urls.json: ${after.length} URLs (${added.length} added, ${removed.length} removed).`);
for (const url of removed) console.log(`  removed ${url}`);
