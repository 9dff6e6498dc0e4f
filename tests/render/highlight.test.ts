import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString as hastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/render/contrast";
import { highlightCode } from "@/lib/render/highlight";

/** A listing like the articles': keywords, names, numbers, a string and comments (one in Chinese). */
const CODE = `import numpy as np

# 初始化参数
W1 = np.random.randn(2, 1)
loss = model.fit(x, y, epochs=10)  # 训练
print("done")
`;

function elements(tree: Root, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (el: Element) => {
    if (test(el)) found.push(el);
  });
  return found;
}

const classes = (el: Element): string[] => [el.properties.className ?? []].flat().map(String);

function variables(style: string): Record<string, string> {
  return Object.fromEntries(style.split(";").map((d) => d.split(":") as [string, string]));
}

async function highlighted(marked: Set<number> = new Set()) {
  const html = await highlightCode(CODE, "python", marked);
  if (!html) throw new Error("python should be highlighted");
  const tree = fromHtml(html, { fragment: true });
  const [pre] = elements(tree, (el) => el.tagName === "pre");
  const lines = elements(tree, (el) => el.tagName === "span" && classes(el).includes("line"));
  return { pre, lines };
}

describe("highlighted code", () => {
  it("keeps the code's text exactly", async () => {
    const { pre } = await highlighted();
    expect(hastToString(pre)).toBe(CODE.replace(/\n$/, ""));
  });

  it("gives each coloured token both themes' colours, each readable on its theme's background", async () => {
    const { pre, lines } = await highlighted();
    const preVars = variables(String(pre.properties.style));
    const tokens = lines.flatMap((line) => line.children.filter((c): c is Element => c.type === "element"));
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) {
      const vars = variables(String(token.properties.style));
      expect(Object.keys(vars).sort()).toEqual(["--cd", "--cl"]);
      expect(contrastRatio(vars["--cl"], preVars["--cl-bg"])).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(vars["--cd"], preVars["--cd-bg"])).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("leaves text in the code's own colour unwrapped, to inherit the <pre>'s", async () => {
    const { lines } = await highlighted();
    // Line 4: "W1 = np.random.randn(2, 1)": the names are plain text, "=" and the numbers are tokens.
    const line = lines[3];
    const plain = line.children.filter((c) => c.type === "text").map((c) => (c.type === "text" ? c.value : ""));
    expect(plain.join("|")).toContain("W1 ");
    expect(plain.join("|")).toContain(" np.random.randn(");
    const tokens = line.children.filter((c) => c.type === "element").map((c) => hastToString(c));
    expect(tokens).toEqual(["=", "2", "1"]);
  });

  it("marks the lines a note quotes", async () => {
    const { lines } = await highlighted(new Set([3, 5]));
    const marked = lines.flatMap((line, i) => (classes(line).includes("note-line") ? [i + 1] : []));
    expect(marked).toEqual([3, 5]);
  });
});
