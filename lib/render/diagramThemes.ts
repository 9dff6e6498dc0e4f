import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import postcss, { type ChildNode, type Container } from "postcss";

/**
 * One SVG for both themes. Mermaid draws a diagram's light and dark renders with the same geometry;
 * they differ in the values of their stylesheet, in a few colour attributes (drop-shadow floods),
 * and in paint definitions the dark theme adds at the end (a gradient). The themed SVG is the light
 * render plus, on screen under `[data-theme="dark"]`, the dark values of what differs and the dark
 * render's extra definitions: about 60 % of the two renders' bytes and half their elements.
 *
 * Anything else that differs — an element, a text, a selector, a value CSS cannot set or one that is
 * not a plain colour — gives null, and the caller inlines both renders as before.
 */

const DARK = '[data-theme="dark"]';

/** Presentation attributes (as hast names them) whose value a CSS property of the same name overrides. */
const COLOUR_PROPERTIES: Readonly<Record<string, string>> = {
  fill: "fill",
  stroke: "stroke",
  color: "color",
  opacity: "opacity",
  fillOpacity: "fill-opacity",
  strokeOpacity: "stroke-opacity",
  floodColor: "flood-color",
  floodOpacity: "flood-opacity",
  stopColor: "stop-color",
  stopOpacity: "stop-opacity",
};

/** A colour, a number or a url(#id): no quote, colon, semicolon or brace can end the declaration early. */
const PLAIN_VALUE = /^[#\w\s(),.%-]+$/;
const PLAIN_ID = /^[\w-]+$/;

/** What the dark render may add after the light render's last child: paint servers, which draw nothing themselves. */
const DEFINITION_TAGS = new Set(["linearGradient", "radialGradient", "stop"]);

class Mismatch extends Error {}

function svgRoot(svg: string): Element {
  const tree: Root = fromHtml(svg, { fragment: true });
  const roots = tree.children.filter((node): node is Element => node.type === "element");
  if (roots.length !== 1 || roots[0].tagName !== "svg") throw new Mismatch("not one svg element");
  return roots[0];
}

const elementsOf = (node: Element): Element[] => node.children.filter((child): child is Element => child.type === "element");

function isDefinition(node: ElementContent): boolean {
  return node.type === "element" && DEFINITION_TAGS.has(node.tagName) && elementsOf(node).every(isDefinition);
}

/** A rule's or stylesheet's children, comments left out: they may differ without changing a thing. */
const uncommented = (container: Container): ChildNode[] => (container.nodes ?? []).filter((n) => n.type !== "comment");

/** The dark values of declarations that differ, as `selector{prop:value}` rules; throws on any other difference. */
function darkDeclarations(light: Container, dark: Container, rules: string[]): void {
  const lightNodes = uncommented(light);
  const darkNodes = uncommented(dark);
  if (lightNodes.length !== darkNodes.length) throw new Mismatch("stylesheets differ in shape");
  lightNodes.forEach((l: ChildNode, i) => {
    const d = darkNodes[i];
    if (l.type === "rule" && d.type === "rule") {
      if (l.selector !== d.selector) throw new Mismatch(`selectors differ: ${l.selector}`);
      const changed: string[] = [];
      const lightDecls = uncommented(l);
      const darkDecls = uncommented(d);
      if (lightDecls.length !== darkDecls.length) throw new Mismatch(`rule ${l.selector} differs in shape`);
      lightDecls.forEach((ld, j) => {
        const dd = darkDecls[j];
        if (ld.type !== "decl" || dd.type !== "decl") throw new Mismatch(`rule ${l.selector} holds more than declarations`);
        if (ld.prop !== dd.prop || ld.important !== dd.important) throw new Mismatch(`rule ${l.selector} differs in its properties`);
        if (ld.value === dd.value) return;
        if (!PLAIN_VALUE.test(dd.value)) throw new Mismatch(`value not plain: ${dd.value}`);
        changed.push(`${dd.prop}:${dd.value}${dd.important ? "!important" : ""}`);
      });
      if (changed.length > 0) rules.push(`${l.selectors.map((s) => `${DARK} ${s}`).join(",")}{${changed.join(";")}}`);
    } else if (l.type === "atrule" && d.type === "atrule") {
      if (l.name !== d.name || l.params !== d.params) throw new Mismatch(`@${l.name} differs`);
      if (/keyframes$/i.test(l.name)) {
        if (l.toString() !== d.toString()) throw new Mismatch(`@${l.name} ${l.params} differs`);
        return;
      }
      if ((l.nodes === undefined) !== (d.nodes === undefined)) throw new Mismatch(`@${l.name} differs in shape`);
      if (l.nodes && d.nodes) {
        const inner: string[] = [];
        darkDeclarations(l, d, inner);
        if (inner.length > 0) rules.push(`@${l.name} ${l.params}{${inner.join("")}}`);
      }
    } else if (l.toString() !== d.toString()) {
      throw new Mismatch("stylesheets differ");
    }
  });
}

/** `[id="…"]` of the nearest ancestor with an id, then child steps down to the element. */
function selectorOf(ancestors: readonly Element[], element: Element): string {
  const chain = [...ancestors, element];
  for (let i = chain.length - 1; i >= 0; i--) {
    const id = chain[i].properties.id;
    if (typeof id !== "string" || !PLAIN_ID.test(id)) continue;
    const steps = chain.slice(i + 1).map((node, k) => `:nth-child(${elementsOf(chain[i + k]).indexOf(node) + 1})`);
    return [`[id="${id}"]`, ...steps].join(" > ");
  }
  throw new Mismatch("no element with an id above a changed attribute");
}

interface Comparison {
  /** Offset in the light SVG just after its stylesheet's text. */
  styleEnd: number | null;
  lightCss: string;
  darkCss: string;
  attributeRules: string[];
}

function compare(light: ElementContent, dark: ElementContent, ancestors: Element[], out: Comparison): void {
  if (light.type !== dark.type) throw new Mismatch("node types differ");
  if (light.type === "text" || light.type === "comment") {
    if (light.value !== (dark as typeof light).value) throw new Mismatch("texts differ");
    return;
  }
  if (light.type !== "element" || dark.type !== "element") return;
  if (light.tagName !== dark.tagName) throw new Mismatch(`<${light.tagName}> against <${dark.tagName}>`);
  if (light.tagName === "style") {
    const [lightText, ...restLight] = light.children;
    const [darkText, ...restDark] = dark.children;
    if (out.styleEnd !== null || lightText?.type !== "text" || darkText?.type !== "text" || restLight.length > 0 || restDark.length > 0) {
      throw new Mismatch("not one stylesheet of plain text");
    }
    const end = lightText.position?.end.offset;
    if (end === undefined) throw new Mismatch("the stylesheet has no place in the source");
    out.styleEnd = end;
    out.lightCss = lightText.value;
    out.darkCss = darkText.value;
    return;
  }
  const names = new Set([...Object.keys(light.properties), ...Object.keys(dark.properties)]);
  const changed: string[] = [];
  for (const name of names) {
    const l = light.properties[name];
    const d = dark.properties[name];
    if (JSON.stringify(l) === JSON.stringify(d)) continue;
    const property = COLOUR_PROPERTIES[name];
    if (!property || typeof d !== "string" || l === undefined || !PLAIN_VALUE.test(d)) throw new Mismatch(`attribute ${name} differs`);
    changed.push(`${property}:${d}`);
  }
  if (changed.length > 0) out.attributeRules.push(`${DARK} ${selectorOf(ancestors, light)}{${changed.join(";")}}`);
  const lightChildren = light.children;
  const darkChildren = dark.children;
  const isRoot = ancestors.length === 0;
  const extra = darkChildren.slice(lightChildren.length);
  if (darkChildren.length < lightChildren.length || (!isRoot && extra.length > 0) || !extra.every(isDefinition)) {
    throw new Mismatch(`children of <${light.tagName}> differ`);
  }
  for (const [i, child] of lightChildren.entries()) compare(child, darkChildren[i], [...ancestors, light], out);
}

/** The themed SVG, or null when the two renders differ in more than colours (see above). */
export function mergeDiagramThemes(light: string, dark: string): string | null {
  try {
    const lightRoot = svgRoot(light);
    const darkRoot = svgRoot(dark);
    const out: Comparison = { styleEnd: null, lightCss: "", darkCss: "", attributeRules: [] };
    compare(lightRoot, darkRoot, [], out);
    const rules: string[] = [];
    if (out.styleEnd !== null) darkDeclarations(postcss.parse(out.lightCss), postcss.parse(out.darkCss), rules);
    rules.push(...out.attributeRules);

    const extra = darkRoot.children.slice(lightRoot.children.length);
    const extraMarkup = extra
      .map((node) => {
        const [start, end] = [node.position?.start.offset, node.position?.end.offset];
        if (start === undefined || end === undefined) throw new Mismatch("a definition has no place in the source");
        return dark.slice(start, end);
      })
      .join("");
    const svgEnd = lightRoot.position?.end.offset;
    if (svgEnd === undefined || !light.slice(0, svgEnd).endsWith("</svg>")) throw new Mismatch("the light render does not end in </svg>");
    const closeAt = svgEnd - "</svg>".length;

    // Dark on screen only: print keeps the light drawing, as it does for the page.
    const darkCss = rules.length > 0 ? `@media screen{${rules.join("")}}` : "";
    // The rules go into the SVG's markup as they are: nothing in them may read as markup.
    if (/[<&]/.test(darkCss)) throw new Mismatch("a selector holds < or &");
    if (darkCss && out.styleEnd === null) throw new Mismatch("no stylesheet to extend");
    let merged = light.slice(0, closeAt) + extraMarkup + light.slice(closeAt);
    if (darkCss && out.styleEnd !== null) merged = merged.slice(0, out.styleEnd) + darkCss + merged.slice(out.styleEnd);
    return merged;
  } catch (error) {
    if (error instanceof Mismatch) return null;
    throw error;
  }
}
