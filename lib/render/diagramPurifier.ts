import createDOMPurify, { type DOMPurify, type RemovedAttribute, type RemovedElement, type WindowLike } from "dompurify";
import { DIAGRAM_PURIFY_CONFIG, URL_ATTRIBUTES } from "./diagramAllowList";

/**
 * Diagram sources come from untrusted article Markdown. Mermaid's strict mode already escapes
 * labels; this is the second line of defence before an SVG is inlined into our pages, and it must
 * hold on its own. DOMPurify parses the SVG in a real DOM, keeps only the allow-list of
 * diagramAllowList.ts, and serializes the result; it repeats until the markup is a fixed point, so
 * what it checked is what the browser builds. No Node APIs here: the build runs it in jsdom
 * (sanitizeSvg.ts), the reader's browser in its own window (MermaidFallbackClient.tsx).
 */

/** Raise when the hooks below change meaning, so cached diagrams are sanitized again. */
export const HOOKS_REVISION = 2;

/** CSS that can load a resource or hide one behind escapes; only `url(#id)` references may stay. */
const CSS_LOAD = /\\|@import|expression\s*\(|(?:url|image|image-set|cross-fade|element|src)\s*\(\s*['"]?\s*(?!#)/i;
const SCRIPT_OR_DATA_SCHEME = /(?:java|vb)script:|data:/i;
const SCRIPT_OR_DATA_URL = /^(?:(?:java|vb)script|data):/i;

/** Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`). */
function compact(value: string): string {
  return value.replace(/[\s\p{Cc}]+/gu, "");
}

export function isUnsafeCss(css: string): boolean {
  return CSS_LOAD.test(css) || SCRIPT_OR_DATA_SCHEME.test(compact(css));
}

/** A same-document reference such as `#diagram-1-light_arrow`; anything else is a link or a load. */
function isFragmentReference(url: string): boolean {
  return /^#[^\s\p{Cc}]*$/u.test(url.trim());
}

export interface SanitizedSvg {
  svg: string;
  /** What was taken out, for the build's warning (`<img>`, `onerror on <div>`, …); empty for Mermaid's own markup. */
  removed: string[];
}

/** Our rules on top of DOMPurify's allow-list; each removal is reported through `report`. */
function addHooks(purify: DOMPurify, report: (what: string) => void): void {
  const urlAttributes = new Set<string>(URL_ATTRIBUTES);
  purify.addHook("uponSanitizeAttribute", (node, event) => {
    const { attrName: name, attrValue: value } = event;
    // A URL attribute may only point into the diagram, and an <a> not even there: a diagram links
    // nowhere. No attribute at all may hold a script or data URL.
    const isLink = urlAttributes.has(name) && (node.nodeName.toLowerCase() === "a" || !isFragmentReference(value));
    const unsafeUrl = isLink || SCRIPT_OR_DATA_URL.test(compact(value));
    // Style attributes and presentation attributes with functions (fill="url(#…)") are CSS.
    const unsafeStyle = (name === "style" || value.includes("(")) && isUnsafeCss(value);
    if (unsafeUrl || unsafeStyle) {
      event.keepAttr = false;
      report(`${name} on <${node.nodeName.toLowerCase()}>`);
    }
  });
  purify.addHook("uponSanitizeElement", (node, event) => {
    if (event.tagName === "style" && isUnsafeCss(node.textContent ?? "")) {
      node.textContent = "";
      report("<style> rules that load resources");
    }
  });
}

function describeRemoval(entry: RemovedElement | RemovedAttribute): string | null {
  if ("element" in entry) {
    const name = entry.element.nodeName.toLowerCase();
    // DOMPurify reports the body it parsed the fragment into; that is not content.
    return name === "body" || name === "#text" ? null : `<${name}>`;
  }
  return entry.attribute ? `${entry.attribute.name} on <${entry.from.nodeName.toLowerCase()}>` : null;
}

/** Rounds after which markup that keeps changing is refused rather than inlined. */
const MAX_ROUNDS = 3;

/**
 * A sanitizer for diagram SVG bound to one window. It lists what it removed and throws if there is
 * no <svg> root. Removing an element keeps its content, which can leave a tree no parser would build
 * (a <p> inside a <p>), so the output may restructure when parsed again. Sanitizing until the markup
 * no longer changes makes the tree the reader's browser builds from it one the sanitizer has passed.
 */
export function createDiagramPurifier(window: WindowLike): (svg: string) => SanitizedSvg {
  const purify = createDOMPurify(window);
  let hookRemovals: string[] = [];
  addHooks(purify, (what) => hookRemovals.push(what));

  function sanitizeOnce(svg: string): SanitizedSvg {
    hookRemovals = [];
    const fragment = purify.sanitize(svg, { ...DIAGRAM_PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true });
    const root = [...fragment.children].find((element) => element.localName === "svg");
    if (!root) throw new Error("sanitizeSvg: input has no <svg> root element");
    const removed = [...purify.removed.map(describeRemoval), ...hookRemovals].filter((what): what is string => what !== null);
    return { svg: root.outerHTML, removed };
  }

  return (svg) => {
    const removed: string[] = [];
    let current = svg;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const pass = sanitizeOnce(current);
      removed.push(...pass.removed);
      if (round > 0 && pass.svg === current) return { svg: current, removed: [...new Set(removed)] };
      current = pass.svg;
    }
    throw new Error(`sanitizeSvg: the markup still changes after ${MAX_ROUNDS} rounds of sanitizing`);
  };
}
