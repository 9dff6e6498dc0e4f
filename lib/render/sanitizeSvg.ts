import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";

/**
 * Diagram sources come from untrusted article Markdown. Mermaid's strict mode already escapes
 * labels; this is the second line of defence before the SVG is inlined into our pages.
 * It keeps what Mermaid legitimately emits (styles, markers, foreignObject HTML labels,
 * aria attributes) and drops anything that can run script or load a document.
 */
const FORBIDDEN_ELEMENTS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "frame",
  "frameset",
  "base",
  "link",
  "meta",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "animate",
  "set",
  "animatemotion",
  "animatetransform",
  "handler",
  "listener",
]);

const URL_PROPERTIES = new Set(["href", "xLinkHref", "src", "action", "formAction"]);

function isSafeUrl(value: string): boolean {
  const v = value.replace(/[\s\p{Cc}]+/gu, "").toLowerCase();
  return !/^(?:javascript|vbscript|data):/.test(v) || /^data:image\/(?:png|gif|jpe?g|webp);/.test(v);
}

function cleanElement(node: Element): void {
  for (const key of Object.keys(node.properties)) {
    const value = node.properties[key];
    if (/^on/i.test(key)) {
      delete node.properties[key];
    } else if (URL_PROPERTIES.has(key) && typeof value === "string" && !isSafeUrl(value)) {
      delete node.properties[key];
    } else if (key === "style" && typeof value === "string" && /expression\(|javascript:|url\(\s*['"]?\s*(?!#)/i.test(value)) {
      delete node.properties[key];
    }
  }
}

function cleanChildren(children: RootContent[]): RootContent[] {
  const kept: RootContent[] = [];
  for (const child of children) {
    if (child.type === "comment" || child.type === "doctype") continue;
    if (child.type === "element") {
      if (FORBIDDEN_ELEMENTS.has(child.tagName.toLowerCase())) continue;
      cleanElement(child);
      if (child.tagName === "style") {
        child.children = child.children.filter((c) => c.type === "text" && !/@import|javascript:|expression\(/i.test(c.value));
      } else {
        child.children = cleanChildren(child.children as RootContent[]) as Element["children"];
      }
    }
    kept.push(child);
  }
  return kept;
}

/** Returns the SVG markup with script-capable parts removed; throws if there is no <svg> root. */
export function sanitizeSvg(svg: string): string {
  const tree: Root = fromHtml(svg, { fragment: true });
  tree.children = cleanChildren(tree.children);
  const root = tree.children.find((c): c is Element => c.type === "element" && c.tagName === "svg");
  if (!root) throw new Error("sanitizeSvg: input has no <svg> root element");
  return toHtml(root);
}
