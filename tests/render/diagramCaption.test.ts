import { describe, expect, it } from "vitest";
import type { Section } from "@/lib/content/schema";
import { emptyRender } from "@/lib/content/blocks";
import { diagramCaption } from "@/lib/render/diagramCaption";

function section(blocks: Section["blocks"]): Section {
  return { id: "s-2-1", number: "2.1", title: "核心概念概述", level: 3, kind: "concepts", parentId: "s-2", blocks, text: "", excerpt: "", line: 1 };
}
const diagram = { type: "diagram" as const, id: "diagram-1", line: 1, number: 1, source: "graph TB\n A-->B" };
const prose = (markdown: string) => ({ type: "prose" as const, id: "p-1", line: 1, markdown, render: emptyRender() });

describe("diagramCaption", () => {
  it("uses the sentence that introduces the diagram, without its colon", () => {
    const s = section([
      prose("一些说明。\n\n这些核心概念之间的逻辑关系可以通过以下**Mermaid**流程图来展示："),
      diagram,
    ]);
    expect(diagramCaption(s, 1)).toBe("这些核心概念之间的逻辑关系可以通过以下Mermaid流程图来展示");
  });

  it("falls back to the section title when no prose precedes the diagram", () => {
    expect(diagramCaption(section([diagram]), 0)).toBe("核心概念概述");
  });

  it("falls back to the section title when the preceding sentence is too long for a caption", () => {
    const s = section([prose("很长".repeat(40)), diagram]);
    expect(diagramCaption(s, 1)).toBe("核心概念概述");
  });
});
