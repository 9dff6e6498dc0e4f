import { reporter } from "vfile-reporter";
import { artifactPath, contentDir, writeArtifact } from "../content/artifact";
import { buildCorpus } from "../content/corpus";
import { hasErrors } from "../content/problems";

/**
 * The content compile: reads every article and data file once, reports every problem with
 * file:line:column, and writes the compiled corpus that pages and tools read. Fatal problems
 * exit 1 and write nothing, so a build never runs on content with errors.
 */
const started = Date.now();
const { corpus, problems, files } = buildCorpus({ dir: contentDir() });
if (problems.length) process.stderr.write(`${reporter(files, { quiet: false })}\n`);
if (hasErrors(problems)) {
  process.exitCode = 1;
} else {
  const file = artifactPath();
  writeArtifact(corpus, file);
  const articles = corpus.articles.length;
  console.log(`[compile] ${articles} articles, ${corpus.glossary.length} terms, ${corpus.notes.length} notes → ${file.replace(`${process.cwd()}/`, "")} in ${Date.now() - started} ms`);
}
