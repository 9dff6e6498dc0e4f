import { describe, expect, it } from "vitest";
import { splitKeywords } from "@/lib/content/metadata";
import { parseFixture } from "./helpers";

describe("keywords and summary", () => {
  it("reads a blockquote keyword line with ASCII commas", () => {
    const { article } = parseFixture("keywords-blockquote.md");
    expect(article.keywords).toEqual(["人工智能竞赛", "贾扬清", "产品落地"]);
    expect(article.title).toBe("标题一");
  });

  it("reads plain 关键词/摘要 lines with full-width punctuation", () => {
    const { article } = parseFixture("keywords-plain.md");
    expect(article.keywords).toEqual(["贾扬清", "大模型市场", "同质化发展", "创新机遇"]);
    expect(article.summary).toBe("本文讨论大模型市场。");
  });

  it("reads bold labels `**关键词：**` and `**摘要：**`", () => {
    const { article } = parseFixture("keywords-bold.md");
    expect(article.keywords).toEqual(["贾扬清", "Lepton AI", "大模型"]);
    expect(article.summary).toBe("本文通过对话贾扬清展开。");
  });

  it("splits on 、 ; and half-width colon after a bold label", () => {
    const { article } = parseFixture("keywords-mixed.md");
    expect(article.keywords).toEqual(["微调", "量化", "蒸馏", "剪枝"]);
    expect(splitKeywords("a，b、c；d")).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps metadata lines out of the sections", () => {
    const { article } = parseFixture("keywords-bold.md");
    expect(article.sections.map((s) => s.id)).toEqual(["s-1"]);
    expect(JSON.stringify(article.sections)).not.toContain("关键词");
  });

  it("uses the manifest title when the text names none", () => {
    expect(parseFixture("keywords-plain.md", "清单里的标题").article.title).toBe("清单里的标题");
  });
});

describe("author and sign-off", () => {
  it("reads the setext form, drops the 作者署名 section and the chatter, takes the title from the closing line", () => {
    const { article, text } = parseFixture("author-setext.md", "不该用到的清单标题");
    expect(article.author).toBe("禅与计算机程序设计艺术 / Zen and the Art of Computer Programming");
    expect(article.title).toBe("一篇测试文章：标题在结尾");
    expect(article.sections.map((s) => s.title)).toEqual(["背景介绍"]);
    expect(text).toContain("希望对您有所帮助");
    expect(JSON.stringify(article)).not.toMatch(/希望对您有所帮助|作者署名/);
  });

  it("reads a bold author line and drops the rule before it", () => {
    const { article } = parseFixture("author-bold.md");
    expect(article.author).toBe("禅与计算机程序设计艺术 / Zen and the Art of Computer Programming");
    expect(article.sections[0].blocks).toMatchObject([{ type: "prose", id: "p-1", markdown: "正文。" }]);
  });

  it("drops everything after a plain author line", () => {
    const { article } = parseFixture("author-plain.md");
    expect(article.author).toBe("张三");
    expect(article.sections[0].text).toBe("正文。");
  });

  it("has no author when the text names none", () => {
    expect(parseFixture("keywords-plain.md").article.author).toBeNull();
  });
});

describe("an 作者 line that is not a sign-off", () => {
  it("keeps everything when sections follow the line", () => {
    const { article } = parseFixture("author-middle.md");
    expect(article.author).toBeNull();
    expect(article.sections.map((s) => s.title)).toEqual(["参考文献", "总结"]);
    expect(article.sections[0].text).toBe("作者：Ian Goodfellow");
  });
});
