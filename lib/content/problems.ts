import type { Point, Position } from "unist";
import { VFile } from "vfile";
import type { Problem } from "./schema";

/**
 * Problems are vfile messages on the file they are about — an article, or one of the JSON files —
 * so every message carries file, line and column, and nothing stops at the first one.
 */

/** Where a message about a whole file points: its start. */
export const FILE_START: Point = { line: 1, column: 1 };

type Place = Point | Position | undefined;

function message(file: VFile, ruleId: string, reason: string, place: Place): ReturnType<VFile["message"]> {
  return file.message(reason, { place: place ?? FILE_START, ruleId, source: "content" });
}

/** An error: the content cannot be built as written; `content:check` and the build fail. */
export function fail(file: VFile, ruleId: string, reason: string, place?: Place): void {
  message(file, ruleId, reason, place).fatal = true;
}

/** A warning: the content is built, in the way the message says. */
export function warn(file: VFile, ruleId: string, reason: string, place?: Place): void {
  message(file, ruleId, reason, place);
}

/** The files one compile read, in reading order; their messages are the compile's problems. */
export class ProblemLog {
  private readonly files = new Map<string, VFile>();

  /** Adds a file to the report (the first file for a path is kept). */
  add(file: VFile): VFile {
    const path = file.path;
    const known = this.files.get(path);
    if (known) return known;
    this.files.set(path, file);
    return file;
  }

  /** The file for a path, made empty when none was read (a missing folder or JSON file). */
  file(path: string): VFile {
    return this.files.get(path) ?? this.add(new VFile({ path }));
  }

  /** One VFile per file with problems, for `vfile-reporter`. */
  vfiles(): VFile[] {
    return [...this.files.values()].filter((f) => f.messages.length > 0);
  }

  /** Every problem, by file in reading order, then by place in the file (as `vfile-reporter` lists them). */
  list(): Problem[] {
    return this.vfiles().flatMap((file) =>
      [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((m) => ({
        file: file.path,
        line: m.line ?? 0,
        column: m.column ?? 0,
        severity: m.fatal ? ("error" as const) : ("warning" as const),
        ruleId: m.ruleId ?? "content",
        message: m.reason,
      })),
    );
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** `file:line:column  severity  message  rule`, one line per problem — the form editors link. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}  ${p.ruleId}`;
}

/** A vfile-reporter-style report: one line per problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `${errors ? "✖" : "⚠"} ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  return [...problems.map(formatProblem), summary].join("\n");
}
