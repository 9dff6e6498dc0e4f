import { VFile } from "vfile";
import type { Problem } from "./schema";

/**
 * Problems are collected as vfile messages, one VFile per source path, so every message carries
 * file, line and column; nothing stops at the first one.
 */
export class ProblemLog {
  private readonly files = new Map<string, VFile>();

  private file(path: string): VFile {
    let file = this.files.get(path);
    if (!file) {
      file = new VFile({ path });
      this.files.set(path, file);
    }
    return file;
  }

  private add(severity: Problem["severity"], path: string, line: number, column: number, ruleId: string, reason: string) {
    const message = this.file(path).message(reason, {
      place: { line: Math.max(line, 1), column: Math.max(column, 1) },
      ruleId,
      source: "content",
    });
    message.fatal = severity === "error";
  }

  error(path: string, line: number, ruleId: string, reason: string, column = 1): void {
    this.add("error", path, line, column, ruleId, reason);
  }

  warn(path: string, line: number, ruleId: string, reason: string, column = 1): void {
    this.add("warning", path, line, column, ruleId, reason);
  }

  /** One VFile per file with problems, for `vfile-reporter`. */
  vfiles(): VFile[] {
    return [...this.files.values()];
  }

  list(): Problem[] {
    return [...this.files.values()].flatMap((file) =>
      file.messages.map((m) => ({
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

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
