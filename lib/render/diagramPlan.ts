import fs from "node:fs";
// Relative, not "@/": next.config.ts loads this file too.
import { artifactPath } from "../content/artifact";

/**
 * What the diagram prerender leaves for `next build`: how many diagrams the reader's browser must
 * draw. When none, the build leaves Mermaid's browser bundle out (next.config.ts), since no page
 * can load it. Written beside the compiled corpus, one per content folder.
 */
export interface DiagramPlan {
  readonly prerendered: number;
  readonly inBrowser: number;
}

export function diagramPlanPath(root = process.cwd()): string {
  return artifactPath(root).replace(/\.json$/, ".diagrams.json");
}

/** Removed before each prerender: a run that fails leaves no plan, and the build keeps Mermaid. */
export function clearDiagramPlan(root = process.cwd()): void {
  fs.rmSync(diagramPlanPath(root), { force: true });
}

export function writeDiagramPlan(plan: DiagramPlan, root = process.cwd()): void {
  fs.writeFileSync(diagramPlanPath(root), `${JSON.stringify(plan)}\n`);
}

/** Null when no prerender ran (e.g. `next dev`): then every diagram may need the browser. */
export function readDiagramPlan(root = process.cwd()): DiagramPlan | null {
  try {
    return JSON.parse(fs.readFileSync(diagramPlanPath(root), "utf8")) as DiagramPlan;
  } catch {
    return null;
  }
}
