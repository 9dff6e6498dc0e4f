import { describe, expect, it } from "vitest";
import { neutralizeIds, withUniqueIds } from "@/lib/render/mermaid";
import { sanitizeSvg, sanitizeSvgWithReport } from "@/lib/render/sanitizeSvg";
import { svgDangers } from "./svgDangers";

const wrap = (inner: string) =>
  `<svg id="m-0" xmlns="http://www.w3.org/2000/svg" aria-roledescription="flowchart-v2" viewBox="0 0 10 10">${inner}</svg>`;

/** An HTML label as Mermaid writes it into a node. */
const label = (html: string) =>
  wrap(`<g class="node"><foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel"><p>${html}</p></span></div></foreignObject></g>`);

describe("sanitizeSvg", () => {
  it("drops script elements, event handlers and javascript: links", () => {
    const out = sanitizeSvg(
      wrap(`<script>alert(1)</script><g onclick="alert(2)"><a href="javascript:alert(3)"><text onload="x()">A</text></a></g>`),
    );
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/onclick|onload/i);
    expect(out).not.toMatch(/javascript:/i);
    expect(out).toContain(">A</text>");
  });

  it("keeps foreignObject HTML labels, styles and aria-roledescription", () => {
    const out = sanitizeSvg(
      wrap(
        `<style>#m-0 .node{fill:#fff}</style><foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel"><p>训练</p></span><img src="x" onerror="alert(1)"></div></foreignObject>`,
      ),
    );
    expect(out).toContain('aria-roledescription="flowchart-v2"');
    expect(out).toContain("<style>#m-0 .node{fill:#fff}</style>");
    expect(out).toContain("<p>训练</p>");
    expect(out).not.toMatch(/onerror/i);
  });

  it("removes iframes and scripts nested inside foreignObject", () => {
    const out = sanitizeSvg(wrap(`<foreignObject><div><iframe src="https://x"></iframe><script>1</script>ok</div></foreignObject>`));
    expect(out).not.toMatch(/<iframe|<script/i);
    expect(out).toContain("ok");
  });

  it("drops a declarative shadow root template and the image inside it", () => {
    // The browser attaches <template shadowrootmode> as a live shadow root while parsing the page.
    const out = sanitizeSvg(
      label(`<template shadowrootmode="open"><img src="x" onerror="window.__pwned='template'"></template>模板`),
    );
    expect(out).not.toMatch(/<template|<img|onerror/i);
    expect(svgDangers(out)).toEqual([]);
  });

  it("drops math content that would mutate into a live image when the page is parsed", () => {
    // Harmless as first parsed (the <img> is an attribute value inside a comment-bearing <style>),
    // but a parse5 → HTML serialization moves it out of the mglyph and it becomes a real <img onerror>.
    const mutating = `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=window.__pwned=1&gt;">`;
    const fixture = `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'"></style></mglyph></table></mtext></math>`;
    for (const payload of [mutating, fixture]) {
      const out = sanitizeSvg(label(`${payload}公式`));
      expect(out).not.toMatch(/<math|<mglyph|<img|onerror/i);
      expect(svgDangers(out)).toEqual([]);
      // Sanitizing what the browser would build changes nothing: the output does not mutate.
      expect(sanitizeSvg(out)).toBe(out);
    }
  });

  it("leaves no <img> from a Mermaid label like A[\"<img src=x onerror=…>\"], keeps the text and reports the removal", () => {
    // What Mermaid's strict mode emits for that label: the handler gone, the image kept.
    const { svg, removed } = sanitizeSvgWithReport(label(`<img src="x">开始`));
    expect(svg).not.toMatch(/<img/i);
    expect(svg).toContain("开始");
    expect(removed).toContain("<img>");
  });

  it("keeps same-document references and drops links and loads", () => {
    const out = sanitizeSvg(
      wrap(
        `<defs><linearGradient id="g1"/><linearGradient id="g2" href="#g1"/><linearGradient id="g3" href="https://example.com/x.svg#g"/></defs>` +
          `<rect fill="url(#g2)" style="fill:red"/><rect style="background:url(https://example.com/t.png)"/><circle fill="url(https://example.com/p.svg#x)"/>` +
          `<a href="https://example.com/"><text>链接</text></a><image href="data:image/png;base64,AAAA"/><use href="#g1"/>` +
          `<filter id="f"><feImage href="https://example.com/i.png"/><feDropShadow dx="1"/></filter>`,
      ),
    );
    expect(out).toContain('href="#g1"');
    expect(out).toContain('fill="url(#g2)"');
    expect(out).toContain('style="fill:red"');
    expect(out).toContain(">链接</text>");
    // parse5 predates feDropShadow in the HTML parser's SVG name table and writes it lower-case;
    // browsers restore the case when they parse the page.
    expect(out).toMatch(/<feDropShadow/i);
    expect(out).not.toMatch(/example\.com|data:|<image|<use|<feImage/i);
    expect(svgDangers(out)).toEqual([]);
  });

  it("keeps the <a> that carries a clickable node's position, without its link", () => {
    // Mermaid wraps a node with a `click` directive in <a transform="…">; the node's place hangs on it.
    const { svg, removed } = sanitizeSvgWithReport(
      wrap(`<a xlink:href="#n" transform="translate(54, 155)"><g class="node"><text>处理</text></g></a><g><foreignObject><div><a href="#top">结束</a></div></foreignObject></g>`),
    );
    expect(svg).toContain('<a transform="translate(54, 155)"><g class="node"><text>处理</text></g></a>');
    expect(svg).toContain("<a>结束</a>");
    expect(svg).not.toMatch(/href/i);
    expect(removed).toEqual(expect.arrayContaining(["xlink:href on <a>", "href on <a>"]));
  });

  it("empties a <style> that imports or loads resources", () => {
    const out = sanitizeSvg(wrap(`<style>@import url(https://example.com/x.css); .a{fill:red}</style><style>.b{fill:blue}</style>`));
    expect(out).not.toMatch(/@import|example\.com/);
    expect(out).toContain("<style>.b{fill:blue}</style>");
  });

  it("rejects input without an svg root", () => {
    expect(() => sanitizeSvg("<div>no svg</div>")).toThrow(/no <svg> root/);
  });
});

describe("diagram ids", () => {
  it("gives each inlined copy its own root and marker ids", () => {
    const svg = '<svg id="mermaid-svg-1"><marker id="mermaid-svg-1_arrow"/><path marker-end="url(#mermaid-svg-1_arrow)"/><g id="mermaid-svg-10"/></svg>';
    const neutral = neutralizeIds(svg, "mermaid-svg-1");
    const light = withUniqueIds(neutral, "diagram-1-light");
    expect(light).toContain('id="diagram-1-light"');
    expect(light).toContain('id="diagram-1-light_arrow"');
    expect(light).toContain("url(#diagram-1-light_arrow)");
    // A longer id that merely starts with the root id is left alone.
    expect(light).toContain('id="mermaid-svg-10"');
  });
});
