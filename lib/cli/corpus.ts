import { dirArg } from "./args";
import { buildCorpus } from "../content/corpus";
import { formatReport, hasErrors } from "../content/problems";

/** Prints the validated corpus as JSON on stdout; problems go to stderr. */
const { corpus, problems } = buildCorpus({ dir: dirArg(process.argv.slice(2)) });
if (problems.length) process.stderr.write(`${formatReport(problems)}\n`);
if (hasErrors(problems)) process.exitCode = 1;
else process.stdout.write(`${JSON.stringify(corpus, null, 2)}\n`);
