import { describe, expect, it } from "vitest";
import { kindFromTitle } from "@/lib/content/kind";
import { splitNumber } from "@/lib/content/sections";
import { pinyinSlug } from "@/lib/content/slug";
import { parseFixture } from "./helpers";

describe("section numbers and ids", () => {
  it("splits `3.2.1`, `3.2.1.` and `1.` prefixes off the title", () => {
    expect(splitNumber("1. 背景介绍")).toEqual({ number: "1", title: "背景介绍" });
    expect(splitNumber("3.2.1 模型压缩与量化")).toEqual({ number: "3.2.1", title: "模型压缩与量化" });
    expect(splitNumber("2.1.1. 细节")).toEqual({ number: "2.1.1", title: "细节" });
    expect(splitNumber("2024年展望")).toEqual({ number: null, title: "2024年展望" });
  });

  it("makes pinyin slugs for unnumbered headings", () => {
    expect(pinyinSlug("优点：")).toBe("you-dian");
    expect(pinyinSlug("Lepton AI的背景")).toBe("lepton-ai-de-bei-jing");
    expect(pinyinSlug("附录：常见问题与解答与很长很长很长的标题").length).toBeLessThanOrEqual(40);
  });

  it("builds ids, parents, levels and lines from the headings", () => {
    const { article } = parseFixture("sections.md");
    expect(article.sections.map((s) => [s.id, s.number, s.title, s.level, s.parentId, s.line])).toEqual([
      ["s-1", "1", "背景介绍", 2, null, 3],
      ["s-1-1", "1.1", "问题由来", 3, "s-1", 5],
      ["s-2", "2", "核心概念与联系", 2, null, 9],
      ["s-2-1", "2.1", "核心概念原理", 3, "s-2", 11],
      ["s-2-1-1", "2.1.1", "细节", 4, "s-2-1", 13],
      ["s-3", "3", "核心算法原理 & 具体操作步骤", 2, null, 17],
      ["s-3-3", "3.3", "算法优缺点", 3, "s-3", 19],
      ["you-dian", null, "优点", 4, "s-3-3", 21],
      ["que-dian", null, "缺点", 4, "s-3-3", 25],
      ["you-dian-2", null, "优点", 4, "s-3-3", 29],
      ["wei-lai-ying-yong-zhan-wang", null, "未来应用展望", 2, null, 33],
      ["yan-jiu-zhan-wang", null, "研究展望", 3, "wei-lai-ying-yong-zhan-wang", 35],
      ["gong-ju-he-zi-yuan-tui-jian", null, "工具和资源推荐", 2, null, 37],
      ["qi-ta-nei-rong", null, "其他内容", 2, null, 39],
    ]);
  });

  it("gives each section a kind from its words, else its parent's", () => {
    const { article } = parseFixture("sections.md");
    expect(article.sections.map((s) => s.kind)).toEqual([
      "background",
      "background",
      "concepts",
      "concepts",
      "concepts",
      "algorithm",
      "algorithm",
      "algorithm",
      "algorithm",
      "algorithm",
      "outlook",
      "outlook",
      "tools",
      "other",
    ]);
  });

  it("maps the headings the articles use to kinds", () => {
    const cases: [string, string | null][] = [
      ["背景介绍", "background"],
      ["核心概念与联系", "concepts"],
      ["核心算法原理 & 具体操作步骤", "algorithm"],
      ["数学模型和公式 & 详细讲解 & 举例说明", "math"],
      ["项目实践：代码实例和详细解释说明", "practice"],
      ["实际应用场景", "applications"],
      ["未来应用展望", "outlook"],
      ["工具和资源推荐", "tools"],
      ["总结：未来发展趋势与挑战", "summary"],
      ["附录：常见问题与解答", "faq"],
      ["参考文献", "references"],
      ["问题由来", null],
    ];
    for (const [title, kind] of cases) expect([title, kindFromTitle(title)]).toEqual([title, kind]);
  });
});

describe("content outside numbered sections", () => {
  it("puts text before the first heading into an 引言 section and titles an empty heading, with a warning", () => {
    const { article, problems } = parseFixture("no-sections.md");
    expect(article.sections.map((s) => [s.id, s.title, s.blocks.length])).toEqual([
      ["intro", "引言", 1],
      ["section", "未命名章节", 1],
      ["s-1", "1.", 1],
    ]);
    expect(problems.map((p) => [p.line, p.ruleId, p.severity])).toEqual([[5, "empty-heading", "warning"]]);
  });
});
