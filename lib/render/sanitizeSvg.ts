import type { WindowLike } from "dompurify";
import { JSDOM } from "jsdom";
import { createDiagramPurifier, type SanitizedSvg } from "./diagramPurifier";

/**
 * The build's diagram sanitizer: the rules of diagramPurifier.ts in a jsdom window, which parses
 * the SVG exactly as a browser will when the page is parsed. The DOM is made on first use only.
 */

export { isUnsafeCss, type SanitizedSvg } from "./diagramPurifier";

let purifier: ((svg: string) => SanitizedSvg) | null = null;

/** Sanitizes Mermaid's SVG and lists what was removed; throws if there is no <svg> root. */
export function sanitizeSvgWithReport(svg: string): SanitizedSvg {
  purifier ??= createDiagramPurifier(new JSDOM("").window as unknown as WindowLike);
  return purifier(svg);
}

/** Returns the SVG markup with everything outside the diagram allow-list removed. */
export function sanitizeSvg(svg: string): string {
  return sanitizeSvgWithReport(svg).svg;
}
