import fs from "node:fs";
import { findNodeAtLocation, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { location } from "vfile-location";
import { VFile } from "vfile";
import type { z } from "zod";
import { fail, type ProblemLog, warn } from "./problems";
import { displayPath } from "./read";

/** A JSON text with the place of every value, so messages name the exact line and column. */
export interface JsonSource {
  readonly text: string;
  readonly tree: JsonNode | undefined;
  /** 1-based line and column of a path (`[3, "sources", 0]`), or of its nearest existing parent. */
  place(path: readonly (string | number)[]): { line: number; column: number };
}

export function jsonSource(text: string, errors: ParseError[] = []): JsonSource {
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const points = location(text);
  return {
    text,
    tree,
    place(path) {
      for (let n = path.length; n >= 0 && tree; n--) {
        const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
        if (!node) continue;
        // A property's place is its key; an array entry's is its opening brace.
        const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
        const point = points.toPoint(at);
        if (point) return { line: point.line, column: point.column };
      }
      return { line: 1, column: 1 };
    },
  };
}

/** Where `field` (a name, or a path like `["related", 1]`) of the entry whose `key` is `value` is written. */
export function entryPlace(source: JsonSource, value: unknown, field: string | readonly (string | number)[] = "id", key = "id"): { line: number; column: number } {
  const entries = source.tree?.children ?? [];
  const index = entries.findIndex((e) => e.children?.some((p) => p.children?.[0]?.value === key && p.children?.[1]?.value === value));
  return index < 0 ? { line: 1, column: 1 } : source.place([index, ...(typeof field === "string" ? [field] : field)]);
}

/** A JSON list as read: its valid entries (null when unusable), every value's place, and its VFile for messages. */
export interface JsonList<T> {
  data: T[] | null;
  source: JsonSource;
  file: VFile;
}

/**
 * Reads an optional JSON list whose entries must match `entry`. A missing file is an empty list
 * with a warning; invalid JSON is one error at its place; each invalid entry is reported at the
 * line and column of the offending field and left out, while the valid entries are kept.
 */
export function readJsonList<T extends z.ZodType>(
  filePath: string | null,
  entry: T,
  what: string,
  log: ProblemLog,
  root = process.cwd(),
): JsonList<z.output<T>> {
  if (!filePath) return { data: null, source: jsonSource("[]"), file: new VFile({ value: "[]" }) };
  const shown = displayPath(filePath, root);
  if (!fs.existsSync(filePath)) {
    const file = log.file(shown);
    warn(file, `missing-${what}`, `${shown} not found; using no ${what}`);
    return { data: null, source: jsonSource("[]"), file };
  }
  const text = fs.readFileSync(filePath, "utf8");
  const file = log.add(new VFile({ path: shown, value: text }));
  const errors: ParseError[] = [];
  const source = jsonSource(text, errors);
  if (errors.length > 0 || !source.tree) {
    for (const error of errors.slice(0, 5)) {
      fail(file, `${what}-json`, `Not valid JSON: ${printParseErrorCode(error.error)}`, location(text).toPoint(error.offset));
    }
    return { data: null, source, file };
  }
  const json: unknown = JSON.parse(text);
  if (!Array.isArray(json)) {
    fail(file, `${what}-schema`, `Expected a list of ${what} entries`);
    return { data: null, source, file };
  }
  const data: z.output<T>[] = [];
  for (const [index, value] of json.entries()) {
    const parsed = entry.safeParse(value);
    if (parsed.success) {
      data.push(parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const path = [index, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
      const field = issue.path.join(".") || "(entry)";
      fail(file, `${what}-schema`, `Entry ${index} field "${field}": ${issue.message}; entry left out`, source.place(path));
    }
  }
  return { data, source, file };
}

/**
 * Reads an optional JSON file that must match `schema` as a whole (a map, not a list). Invalid JSON
 * and every schema issue are errors at their place; the data is null when there is any.
 */
export function readJsonValue<T extends z.ZodType>(filePath: string, schema: T, what: string, log: ProblemLog, root = process.cwd()): { data: z.output<T> | null; file: VFile } {
  const shown = displayPath(filePath, root);
  if (!fs.existsSync(filePath)) return { data: null, file: log.file(shown) };
  const text = fs.readFileSync(filePath, "utf8");
  const file = log.add(new VFile({ path: shown, value: text }));
  const errors: ParseError[] = [];
  const source = jsonSource(text, errors);
  for (const error of errors.slice(0, 5)) {
    fail(file, `${what}-json`, `Not valid JSON: ${printParseErrorCode(error.error)}`, location(text).toPoint(error.offset));
  }
  if (errors.length > 0 || !source.tree) return { data: null, file };
  const parsed = schema.safeParse(JSON.parse(text));
  if (parsed.success) return { data: parsed.data, file };
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
    fail(file, `${what}-schema`, `Field "${issue.path.join(".") || "(file)"}": ${issue.message}`, source.place(path));
  }
  return { data: null, file };
}
