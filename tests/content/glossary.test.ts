import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content/corpus";
import { VFile } from "vfile";
import { definitionText, mergeTerms } from "@/lib/content/glossary";
import { parseMarkdown } from "@/lib/content/markdown";
import { FOR_DEFINITION, oneLine, plainText } from "@/lib/content/text";
import { repoCorpus } from "./helpers";

const { corpus, problems } = buildCorpus({ dir: "tests/content/fixtures/glossary" });
const term = (id: string) => {
  const t = corpus.glossary.find((g) => g.id === id);
  if (!t) throw new Error(`no term ${id}: ${corpus.glossary.map((g) => g.id).join(", ")}`);
  return t;
};

describe("glossary", () => {
  it("merges an article concept into the curated term it names by alias, citing article and section", () => {
    expect(term("fine-tuning").definitions).toEqual([
      { articleSlug: null, sectionId: null, text: "在已有模型上继续训练。", plain: "在已有模型上继续训练。", noteIds: [] },
      { articleSlug: "one", sectionId: "s-1", text: "在预训练模型上继续训练。", plain: "在预训练模型上继续训练。", noteIds: [] },
    ]);
    expect(term("fine-tuning").aliases).toEqual(["Fine-tuning", "模型微调"]);
  });

  it("reads each definition's Markdown once into plain text: markers and link targets gone, every word kept", () => {
    const curated = (definition: string) => ({ id: "t", term: "术语", aliases: [], definition, related: [], otherSenses: [] });
    const plain = (definition: string) => mergeTerms([curated(definition)], [])[0].definitions[0].plain;
    expect(plain("**加粗**与`代码`，[链接](https://example.com/)与 $\\eta$ 和 <b>标签</b>。")).toBe("加粗与代码，链接与 \\eta 和 <b>标签</b>。");
    expect(plain("第一段。\n\n第二段，\n换行。")).toBe("第一段。第二段，换行。");
    // Intraword underscores are not emphasis: the old pattern-stripping turned max_seq_len into maxseqlen.
    expect(plain("参数 max_seq_len")).toBe("参数 max_seq_len");
  });

  it("reads a definition that is not parsed (no markup in it) exactly as parsing it would", () => {
    const parsed = (markdown: string) => oneLine(plainText(parseMarkdown(new VFile({ value: markdown })).children, FOR_DEFINITION)).trim();
    const written = repoCorpus().glossary.flatMap((t) => t.definitions.map((d) => d.text));
    const tricky = ["a * b 与 c * d", "1. 列表项", "2) 列表项", "- 列表项", "+ 列表项", "> 引用", "    缩进的代码", "\t制表符缩进", "# 标题", "a | b", "x~y~z", "a &amp; b", "见 www.example.com 与 https://example.com/", "句子！ 然后，  空格"];
    for (const markdown of [...written, ...tricky]) expect(definitionText(markdown), markdown).toBe(parsed(markdown));
  });

  it("makes a concept no curated term matches a term of its own, merged across articles", () => {
    expect(term("bian-yuan-ji-suan")).toMatchObject({
      term: "边缘计算",
      pinyin: "bian yuan ji suan",
      initials: "byjs",
      pinyinMarked: "biān yuán jì suàn",
    });
    expect(term("bian-yuan-ji-suan").definitions.map((d) => [d.articleSlug, d.sectionId])).toEqual([
      ["one", "s-1"],
      ["two", "s-1-1"],
    ]);
  });

  it("counts mentions per article and section in prose only, not in code, math, inline code, links or headings", () => {
    expect(term("fine-tuning").mentions.map(({ snippet: _snippet, ...m }) => m)).toEqual([
      // "**模型微调(Fine-tuning)**" names the term twice: once by 模型微调, once by its alias.
      { articleSlug: "one", sectionId: "s-1", count: 2 },
      { articleSlug: "one", sectionId: "s-2", count: 2 },
      { articleSlug: "one", sectionId: "s-2-1", count: 1 },
      { articleSlug: "two", sectionId: "s-2", count: 1 },
    ]);
  });

  it("stores with each mention the words around its first one, for the term page to show as is", () => {
    const [first, , third] = term("fine-tuning").mentions;
    // 26 characters follow the match: "(Fine-tuning)", "：" and 12 of the definition; the next line is cut.
    expect(first.snippet).toEqual({ before: "", match: "模型微调", after: "(Fine-tuning)：在预训练模型上继续训练。…" });
    expect(third.snippet).toEqual({ before: "预训练和", match: "微调", after: "常一起出现。" });
  });

  it("relates curated links first, then terms mentioned in the same sections; drops unknown ids with a warning", () => {
    expect(term("fine-tuning").related[0]).toBe("pre-training");
    expect(term("fine-tuning").related).not.toContain("no-such-term");
    expect(term("bian-yuan-ji-suan").related).toContain("fine-tuning");
    // Reported where the unknown id is written: line 11 of the fixture, the second entry of "related".
    expect(problems.filter((p) => p.ruleId === "glossary-related").map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      "tests/content/fixtures/glossary/glossary.json:11:7",
    ]);
  });

  it("names a new term from its concept with a pinyin id when no glossary file is given", () => {
    const latin = buildCorpus({ dir: "tests/content/fixtures/glossary", glossaryPath: "tests/content/fixtures/empty.json" });
    const modelFineTuning = latin.corpus.glossary.find((g) => g.term === "模型微调");
    expect(modelFineTuning?.aliases).toEqual(["Fine-tuning"]);
    expect(modelFineTuning?.id).toBe("mo-xing-wei-tiao");
  });
});

describe("pinyin for reading", () => {
  it("keeps ü and tone marks where the search form spells them v and toneless", () => {
    const { corpus } = buildCorpus();
    const accuracy = corpus.glossary.find((t) => t.term === "准确率");
    expect(accuracy).toMatchObject({ pinyin: "zhun que lv", pinyinMarked: "zhǔn què lǜ" });
  });
});
