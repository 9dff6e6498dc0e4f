import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";

/**
 * Independent check of sanitized diagram SVG: parse it as the page's HTML parser will (parse5, the
 * HTML standard's algorithm), and again after one more serialize/parse round so that markup that
 * mutates on re-parsing shows up, then list everything that could run script or load a resource.
 * Written without the sanitizer's own lists, so it cannot agree with a mistake in them.
 */

/** Everything a diagram may contain: DOMPurify's SVG and filter profiles minus what loads or animates, plus label HTML. */
const EXPECTED_ELEMENTS = new Set(
  [
    // SVG drawing; <a> only without a link
    "svg",
    "a",
    "g",
    "defs",
    "desc",
    "title",
    "metadata",
    "style",
    "switch",
    "symbol",
    "view",
    "marker",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "tref",
    "font",
    "glyph",
    "glyphRef",
    "altGlyph",
    "altGlyphDef",
    "altGlyphItem",
    "hkern",
    "vkern",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "filter",
    "foreignObject",
    // SVG filter primitives (no feImage: it loads images)
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
    // HTML in foreignObject labels
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
  ].map((name) => name.toLowerCase()),
);

/** hast property names of attributes that hold a URL. */
const URL_PROPERTIES = new Set(["href", "xLinkHref", "src", "srcSet", "action", "formAction", "background", "poster", "cite", "data", "ping", "srcDoc"]);

const stripped = (value: string) => value.replace(/[\s\p{Cc}]+/gu, "");

function attributeDangers(element: Element): string[] {
  const found: string[] = [];
  const where = `on <${element.tagName}>`;
  for (const [name, raw] of Object.entries(element.properties)) {
    const value = Array.isArray(raw) ? raw.join(" ") : String(raw);
    if (/^on/i.test(name)) found.push(`event handler ${name} ${where}`);
    const link = element.tagName === "a" || !value.trim().startsWith("#");
    if (URL_PROPERTIES.has(name) && link) found.push(`${name}="${value.slice(0, 60)}" ${where}`);
    if (/^(?:javascript|vbscript|data):/i.test(stripped(value))) found.push(`script or data URL in ${name} ${where}`);
    if (/url\(\s*['"]?\s*(?!#)/i.test(value)) found.push(`non-fragment url() in ${name} ${where}`);
  }
  return found;
}

function walk(nodes: readonly (RootContent | ElementContent)[], found: string[]): void {
  for (const node of nodes) {
    if (node.type !== "element") continue;
    if (!EXPECTED_ELEMENTS.has(node.tagName.toLowerCase())) found.push(`element <${node.tagName}> outside the allow-list`);
    found.push(...attributeDangers(node));
    if (node.tagName === "style") {
      const css = node.children.map((child) => ("value" in child ? child.value : "")).join("");
      if (/@import|url\(\s*['"]?\s*(?!#)|javascript:|expression\(/i.test(css)) found.push("<style> that loads a resource");
    }
    walk(node.children, found);
    // <template> keeps its children in a separate document fragment that a plain tree walk skips.
    if (node.content) walk((node.content as Root).children, found);
  }
}

/** Everything that could run script or load a resource, after the first and after a second parse. */
export function svgDangers(markup: string): string[] {
  const first = fromHtml(markup, { fragment: true });
  const second = fromHtml(toHtml(first), { fragment: true });
  const found: string[] = [];
  walk(first.children, found);
  walk(second.children, found);
  return [...new Set(found)];
}
