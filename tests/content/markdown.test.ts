import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { parseMarkdown } from "@/lib/content/markdown";
import { parseFixture } from "./helpers";

const parse = (text: string): Root => parseMarkdown(new VFile({ value: text }));

describe("remarkDisplayMath", () => {
  it("turns a $$…$$ paragraph of its own into display math", () => {
    const tree = parse("$$x^2$$\n");
    expect(tree.children).toMatchObject([{ type: "math", value: "x^2" }]);
  });

  it("lifts $$…$$ on its own line out of a list item paragraph", () => {
    const { article } = parseFixture("display-in-list.md");
    expect(article.formulas.map((f) => [f.latex, f.display])).toEqual([
      ["H", false],
      ["H = \\sigma(WX + b)", true],
      ["W", false],
      ["\\sigma(x) = \\frac{1}{1 + e^{-x}}", true],
      ["x^2", false],
    ]);
  });

  it("keeps the surrounding text as paragraphs around the lifted formula", () => {
    const tree = parse("1. 前文\n   $$a$$\n   后文\n");
    const item = (tree.children[0] as { children: { children: unknown[] }[] }).children[0];
    expect(item.children).toMatchObject([
      { type: "paragraph", children: [{ type: "text", value: "前文" }] },
      { type: "math", value: "a" },
      { type: "paragraph", children: [{ type: "text", value: "后文" }] },
    ]);
  });
});

describe("code and tables", () => {
  it("reads ~~~ fences, including one that contains ``` lines", () => {
    const { article } = parseFixture("tilde-fence.md");
    expect(article.code.map((c) => [c.lang, c.code])).toEqual([
      ["python", "# 定义模型\nmodel = 1"],
      [null, "```\n不是结束\n```"],
    ]);
  });

  it("treats `# 定义模型` inside code as a comment, not a heading", () => {
    const { article } = parseFixture("comment-in-code.md");
    expect(article.sections.map((s) => s.title)).toEqual(["项目实践"]);
    expect(article.code[0].code).toContain("## 训练");
  });

  it("lists fences indented inside list items, with ids in the same sequence", () => {
    const { article } = parseFixture("indented-fences.md");
    expect(article.code.map((c) => [c.id, c.lang, c.code, c.blockId])).toEqual([
      ["code-1", "bash", "pip install tensorflow", "p-1"],
      ["code-2", "bash", "pip install numpy", "p-1"],
      ["code-3", "python", "print(1)", "code-3"],
    ]);
    expect(article.sections[0].blocks.map((b) => b.id)).toEqual(["p-1", "code-3"]);
  });

  it("makes a GFM table its own block and counts formulas in its cells", () => {
    const { article } = parseFixture("table.md");
    const [table, prose] = article.sections[0].blocks;
    expect(table).toMatchObject({ type: "table", id: "t-1" });
    expect(table.type === "table" && table.markdown.split("\n")).toHaveLength(4);
    expect(prose).toMatchObject({ type: "prose", markdown: "表后的正文。" });
    expect(article.formulas).toMatchObject([{ id: "f-1", latex: "x", blockId: "t-1" }]);
  });
});
