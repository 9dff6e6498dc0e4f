import type { Config } from "dompurify";

/**
 * What a diagram's SVG may contain once it is inlined into our pages: DOMPurify's SVG and SVG-filter
 * profiles, the HTML Mermaid writes into `foreignObject` labels, and nothing that loads, links or runs.
 * Data only, shared by the build (sanitizeSvg.ts) and the browser (MermaidFallbackClient.tsx); the
 * Mermaid cache keys on it without loading a DOM (diagramAllowListFingerprint.ts).
 */

/** Mermaid's HTML labels (`<div><span class="nodeLabel"><p>…`) plus the inline markup authors put in labels. */
export const LABEL_HTML_ELEMENTS = Object.freeze([
  "div",
  "span",
  "p",
  "br",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "s",
  "del",
  "ins",
  "mark",
  "small",
  "sub",
  "sup",
  "code",
  "kbd",
  "ul",
  "ol",
  "li",
]);

/**
 * Removed even where a profile allows them: images and other loads (a diagram loads nothing; the
 * link checker would otherwise judge URLs an author cannot find in the file), animation that can
 * rewrite attributes, and every element that hosts a document or a template. `<a>` stays, because
 * Mermaid hangs a clickable node's position on it, but never with a link (sanitizeSvg.ts).
 */
export const FORBIDDEN_ELEMENTS = Object.freeze([
  "image",
  "feImage",
  "use",
  "animate",
  "animateColor",
  "animateMotion",
  "animateTransform",
  "set",
  "mpath",
  "script",
  "img",
  "picture",
  "source",
  "video",
  "audio",
  "iframe",
  "frame",
  "object",
  "embed",
  "template",
  "math",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "base",
  "link",
  "meta",
  "noscript",
]);

/** Attributes that hold a URL; in a diagram only same-document references (`#id`) are kept. */
export const URL_ATTRIBUTES = Object.freeze(["href", "xlink:href", "src", "srcset", "action", "formaction", "background", "poster", "cite", "ping", "data"]);

export const DIAGRAM_PURIFY_CONFIG: Readonly<Config> = Object.freeze({
  USE_PROFILES: { svg: true, svgFilters: true },
  ADD_TAGS: ["foreignObject", ...LABEL_HTML_ELEMENTS],
  // Mermaid marks the root `role="graphics-document document"`; the profiles list no `role`.
  ADD_ATTR: ["role"],
  FORBID_TAGS: [...FORBIDDEN_ELEMENTS],
  FORBID_ATTR: [...URL_ATTRIBUTES.filter((name) => name !== "href" && name !== "xlink:href")],
  // HTML may only appear inside foreignObject, where browsers parse it as HTML.
  HTML_INTEGRATION_POINTS: { foreignobject: true },
});
