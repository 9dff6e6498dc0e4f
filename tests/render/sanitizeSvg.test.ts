import { describe, expect, it } from "vitest";
import { neutralizeIds, withUniqueIds } from "@/lib/render/mermaid";
import { sanitizeSvg } from "@/lib/render/sanitizeSvg";

const wrap = (inner: string) =>
  `<svg id="m-0" xmlns="http://www.w3.org/2000/svg" aria-roledescription="flowchart-v2" viewBox="0 0 10 10">${inner}</svg>`;

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
