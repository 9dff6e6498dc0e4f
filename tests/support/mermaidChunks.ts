import fs from "node:fs";
import path from "node:path";

/** The built chunks that carry Mermaid's flowchart renderer: the browser fallback's bundle. */
export function mermaidChunks(outDir: string): string[] {
  const chunks = path.join(outDir, "_next", "static", "chunks");
  return fs.readdirSync(chunks).filter((file) => file.endsWith(".js") && fs.readFileSync(path.join(chunks, file), "utf8").includes("flowchart-v2"));
}
