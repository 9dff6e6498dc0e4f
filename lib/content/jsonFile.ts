import fs from "node:fs";
import type { z } from "zod";
import type { ProblemLog } from "./problems";
import { lineAt } from "./problems";
import { displayPath } from "./read";

/** Line of the first `"id": "<id>"` in a JSON text, so schema messages point at the entry. */
function idLine(text: string, id: unknown): number {
  if (typeof id !== "string") return 1;
  const at = text.search(new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  return at < 0 ? 1 : lineAt(text, at);
}

/**
 * Reads an optional JSON list validated by `schema`. A missing file is an empty list with a warning;
 * each schema violation names the file, the entry's line and the field.
 */
export function readJsonList<T extends z.ZodType>(
  filePath: string | null,
  schema: T,
  what: string,
  log: ProblemLog,
  root = process.cwd(),
): { data: z.output<T> | null; text: string } {
  if (!filePath) return { data: null, text: "" };
  const shown = displayPath(filePath, root);
  if (!fs.existsSync(filePath)) {
    log.warn(shown, 0, `missing-${what}`, `${shown} not found; using no ${what}`);
    return { data: null, text: "" };
  }
  const text = fs.readFileSync(filePath, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    log.error(shown, 1, `${what}-json`, `Not valid JSON: ${(err as Error).message}`);
    return { data: null, text };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, ...field] = issue.path;
      const entry = Array.isArray(json) && typeof index === "number" ? (json[index] as { id?: unknown }) : undefined;
      log.error(shown, idLine(text, entry?.id), `${what}-schema`, `Entry ${String(index ?? "")} field "${field.join(".") || "(entry)"}": ${issue.message}`);
    }
    return { data: null, text };
  }
  return { data: parsed.data, text };
}

export { idLine };
