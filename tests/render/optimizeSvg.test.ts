import { describe, expect, it, vi } from "vitest";
import { optimizeSvg } from "@/lib/render/optimizeSvg";

/** Shaped like Mermaid's output: an id-scoped stylesheet for every element type it might draw. */
const SVG = `<svg id="__diagram_id__" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 478.53515625 486"><style>#__diagram_id__{font-family:"Noto Sans CJK SC",sans-serif;fill:#333333;}#__diagram_id__ .error-icon{fill:#552222;}#__diagram_id__ .node rect{fill:#ECECFF;stroke:#9370DB;}#__diagram_id__ .edge-animation-fast{stroke-dasharray:9,5!important;}</style><!-- drawn --><g class="node" id="__diagram_id__-n1"><rect x="10.123456789" y="20" width="100.987654321" height="40"></rect><text x="60.5">输入层</text></g><path d="M 10.000001 20.5 L 30.333333333 40.25" class="flowchart-link"></path></svg>`;

describe("optimizeSvg", () => {
  const out = optimizeSvg(SVG);

  it("drops the stylesheet's rules that match nothing in the diagram, keeping the rest in order", () => {
    expect(out).not.toContain("error-icon");
    expect(out).not.toContain("edge-animation-fast");
    expect(out).toMatch(/#__diagram_id__\{[^}]*font-family[^}]*\}.*#__diagram_id__ \.node rect\{/);
  });

  it("keeps every element, text and id; the page's per-diagram ids still replace the placeholder", () => {
    const tags = (svg: string) => [...svg.matchAll(/<(\w+)[\s>]/g)].map((m) => m[1]);
    expect(tags(out)).toEqual(tags(SVG));
    expect(out).toContain("输入层");
    expect(out).toContain('id="__diagram_id__-n1"');
  });

  it("writes numbers with no more digits than a pixel needs, and no comments", () => {
    expect(out).not.toMatch(/\d\.\d{4,}/);
    expect(out).not.toContain("<!--");
    expect(out.length).toBeLessThan(SVG.length);
  });

  it("returns what it cannot parse unchanged, and says so", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(optimizeSvg("<svg><g></svg>")).toBe("<svg><g></svg>");
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("kept unoptimized"));
    } finally {
      warn.mockRestore();
    }
  });
});
