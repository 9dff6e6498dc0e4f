import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderSanitized } from "@/lib/render/mermaid";
import { sanitizeSvg } from "@/lib/render/sanitizeSvg";
import { svgDangers } from "../render/svgDangers";

/**
 * Generated hostile label markup goes through the build's real diagram path — Mermaid in headless
 * Chromium, then the allow-list sanitizer — and nothing that runs script or loads a resource
 * survives: no event handler, no javascript:/data: URL, no element outside the allow-list, also
 * after the output is parsed a second time. A faster property feeds the same markup straight into
 * SVG and checks the sanitizer alone. DIAGRAM_RUNS / SANITIZER_RUNS change the run counts.
 */

const diagramRuns = Number(process.env.DIAGRAM_RUNS ?? 4);
const sanitizerRuns = Number(process.env.SANITIZER_RUNS ?? 300);

const tags = [
  "img",
  "iframe",
  "object",
  "embed",
  "template",
  "math",
  "mtext",
  "mglyph",
  "style",
  "script",
  "svg",
  "a",
  "image",
  "feImage",
  "use",
  "foreignObject",
  "animate",
  "set",
  "details",
  "video",
  "source",
  "form",
  "button",
  "input",
  "base",
  "link",
  "meta",
  "noscript",
  "xmp",
  "textarea",
  "table",
  "title",
  "glyph",
  "b",
  "span",
  "div",
  "p",
];
const attributes = [
  "onerror",
  "onload",
  "onclick",
  "onmouseover",
  "onfocus",
  "ontoggle",
  "onbegin",
  "href",
  "xlink:href",
  "src",
  "srcdoc",
  "formaction",
  "action",
  "data",
  "style",
  "shadowrootmode",
  "autofocus",
  "attributeName",
  "to",
  "values",
  "open",
  "id",
];
const values = [
  "javascript:window.__pwned=1",
  "JaVaScRiPt:window.__pwned=2",
  "java&#x09;script:window.__pwned=3",
  "data:text/html,&lt;script&gt;window.__pwned=4&lt;/script&gt;",
  "data:image/svg+xml,&lt;svg onload=window.__pwned=5&gt;",
  "window.__pwned=6",
  "background:url(https://example.com/x.png)",
  "url(javascript:window.__pwned=7)",
  "x",
  "open",
  "href",
  "#top",
];
const texts = ["文字", "<", ">", "&lt;", "-->", "<!--", "]]>", "</style>", "</svg>", "#lt;", "#60;img src=x onerror=window.__pwned=8#62;"];
/** The two payloads that passed the old deny-list, and the one Mermaid leaves as <img src="x">. */
const knownPayloads = [
  `<template shadowrootmode='open'><img src=x onerror=window.__pwned=9></template>`,
  `<math><mtext><table><mglyph><style><!--</style><img title='--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=window.__pwned=10&gt;'>`,
  `<img src=x onerror=window.__pwned=11>`,
];

const attribute = fc.tuple(fc.constantFrom(...attributes), fc.constantFrom(...values)).map(([name, value]) => ` ${name}='${value}'`);

/** Nested, possibly unclosed markup built from hostile tags, attributes and text (no `"`: it ends a Mermaid label). */
const { markup } = fc.letrec<{ markup: string; element: string }>((tie) => ({
  markup: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...texts),
    fc.constantFrom(...knownPayloads),
    tie("element"),
  ),
  element: fc
    .record({
      tag: fc.constantFrom(...tags),
      attrs: fc.array(attribute, { maxLength: 3 }),
      children: fc.array(tie("markup"), { maxLength: 3 }),
      closed: fc.boolean(),
    })
    .map(({ tag, attrs, children, closed }) => `<${tag}${attrs.join("")}>${children.join("")}${closed ? `</${tag}>` : ""}`),
}));

const label = fc.array(markup, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));

/** Statements that try links and callbacks through Mermaid's own syntax (its grammar refuses `(` in style statements). */
const hostileStatements = [`click N0 href "javascript:window.__pwned=12"`, `click N1 callback "提示"`, "classDef evil fill:#f00,stroke:#333", "class N1 evil"];

/** Init directives whose CSS Mermaid copies into the SVG's <style> and style attributes. */
const hostileDirectives = [
  `%%{init: {"themeCSS": ".node rect { fill: url(https://example.com/x.svg#p) }"}}%%`,
  `%%{init: {"themeCSS": "@import url(https://example.com/x.css); .node { fill: red }"}}%%`,
  `%%{init: {"themeCSS": ".label { background-image: url(javascript:window.__pwned=13) }"}}%%`,
  `%%{init: {"fontFamily": "x; background: url(https://example.com/f.png)"}}%%`,
];

/** A flowchart carrying the labels in nodes, an edge label, a subgraph title and a Markdown string. */
function flowchart(labels: string[], statements: string[], directive: string | null): string {
  const lines = directive ? [directive, "flowchart TD"] : ["flowchart TD"];
  labels.forEach((text, i) => {
    lines.push(`  N${i}["${text}"]`);
  });
  lines.push(`  N0 -->|"${labels[0]}"| N${labels.length - 1}`);
  lines.push(`  subgraph S0["${labels[labels.length - 1]}"]`, "    M0", "  end");
  lines.push(`  M1["\`${(labels[0] ?? "").replace(/`/g, "")}\`"]`, "  N0 --> M1");
  lines.push(...statements.map((statement) => `  ${statement}`));
  return lines.join("\n");
}

/** One generated diagram: hostile labels, optionally Mermaid statements and an init directive. */
const diagram = fc
  .tuple(fc.array(label, { minLength: 2, maxLength: 4 }), fc.subarray(hostileStatements), fc.option(fc.constantFrom(...hostileDirectives)))
  .map(([labels, statements, directive]) => flowchart(labels, statements, directive));

describe("diagram labels carrying script", () => {
  it(
    "leave nothing live after Mermaid in Chromium and the sanitizer",
    async () => {
      // Each run renders a few diagrams in one browser page: loading Mermaid is the slow part.
      const property = fc.asyncProperty(fc.array(diagram, { minLength: 1, maxLength: 3 }), async (sources) => {
        const results = await renderSanitized(sources, "light");
        for (const [i, source] of sources.entries()) {
          const svg = results[i]?.svg;
          expect(svg, `Mermaid did not render (no browser, or the generator wrote invalid syntax):\n${source}`).toBeDefined();
          expect(svgDangers(svg ?? ""), source).toEqual([]);
          expect(sanitizeSvg(svg ?? ""), `sanitizing the output again changes it:\n${source}`).toBe(svg);
        }
      });
      await fc.assert(property, { numRuns: diagramRuns });
    },
    10 * 60_000,
  );

  it("leave nothing live when placed straight into SVG, HTML labels and text", () => {
    fc.assert(
      fc.property(label, (text) => {
        const svg = `<svg id="m" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><g>${text}</g><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><p>${text}</p></div></foreignObject><text>${text}</text></svg>`;
        const out = sanitizeSvg(svg);
        expect(svgDangers(out), text).toEqual([]);
        expect(sanitizeSvg(out), text).toBe(out);
      }),
      { numRuns: sanitizerRuns },
    );
  }, 10 * 60_000);
});
