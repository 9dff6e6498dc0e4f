/** `--dir <folder>` (or `--dir=<folder>`) from the command line, if given. */
export function dirArg(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--dir" || a.startsWith("--dir="));
  if (i < 0) return undefined;
  const value = argv[i].includes("=") ? argv[i].slice("--dir=".length) : argv[i + 1];
  if (!value) throw new Error("--dir needs a folder, e.g. --dir content/articles");
  return value;
}
