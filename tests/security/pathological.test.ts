import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { afterEach, describe, expect, it } from "vitest";
import { Markdown } from "@/components/article/Markdown";
import { type BuildResult, buildCorpus, buildMatcher, Corpus, formatProblem } from "@/lib/content";
import { emptyRender } from "@/lib/content/blocks";

/**
 * Bad and pathological article files: each builds a valid corpus or fails with a message naming
 * the file and line — and none hangs (the per-test timeout is the bound; big inputs are
 * generated here, not committed).
 */

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(content: string | Buffer): BuildResult {
  dir = mkdtempSync(path.join(tmpdir(), "pathological-"));
  writeFileSync(path.join(dir, "articles.json"), JSON.stringify([{ file: "input.md", slug: "input", title: "病态输入" }]));
  writeFileSync(path.join(dir, "notes.json"), "[]");
  writeFileSync(path.join(dir, "input.md"), content);
  return buildCorpus({ dir, root });
}

function expectBuilt(result: BuildResult) {
  expect(result.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
  expect(Corpus.safeParse(result.corpus).success).toBe(true);
  const article = result.corpus.articles[0];
  if (!article) throw new Error("no article built");
  return article;
}

function expectFailureAt(result: BuildResult, line: number, wording: RegExp) {
  const errors = result.problems.filter((p) => p.severity === "error");
  expect(errors.length).toBeGreaterThan(0);
  const messages = errors.map(formatProblem);
  expect(messages.some((m) => m.includes(`input.md:${line}:`) && wording.test(m)), messages.join("\n")).toBe(true);
}

const paragraph = "大模型的训练需要大量算力与数据，工程团队通过分布式训练、混合精度与模型压缩降低成本。".repeat(4);

describe("bad input", () => {
  it("an empty file fails at line 1", () => {
    expectFailureAt(build(""), 1, /empty/i);
  });

  it("a file of only whitespace fails at line 1", () => {
    expectFailureAt(build("  \n\t\n\u3000\n   \n"), 1, /empty|whitespace/i);
  });

  it("invalid UTF-8 builds, with the broken bytes shown as U+FFFD and the text around them kept", () => {
    const head = Buffer.from("# 编码测试\n\n## 1. 第一节\n\n前文完好。");
    const tail = Buffer.from("后文完好。\n\n## 2. 第二节\n\n结尾。\n");
    const article = expectBuilt(build(Buffer.concat([head, Buffer.from([0xff, 0xfe, 0xc3, 0x28]), tail])));
    expect(article.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(article.sections[0]?.text).toMatch(/前文完好。\uFFFD+\(?后文完好。/);
  });

  it("an unclosed code fence fails at the line that opens it", () => {
    expectFailureAt(build("# 标题\n\n## 1. 节\n\n正文\n\n```python\nprint(1)\n"), 7, /fence/i);
  });

  it("an unclosed $$ fails at the line that opens it", () => {
    expectFailureAt(build("# 标题\n\n## 1. 节\n\n正文\n\n$$\nx^2\n\n## 2. 下一节\n\n正文\n"), 7, /\$\$/);
  });
});

describe("pathological sizes", () => {
  it("a 5 MB article of 2,000 sections builds every section", () => {
    const sections = 2000;
    const body = Array.from({ length: sections }, (_, i) => `## ${i + 1}. 第${i + 1}节\n\n${paragraph.repeat(6)}\n`).join("\n");
    const text = `# 五兆字节的文章\n\n${body}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
    const article = expectBuilt(build(text));
    expect(article.sections).toHaveLength(sections);
    expect(article.sections.at(-1)?.number).toBe(String(sections));
  }, 120_000);

  it("a 10,000-line code block stays one code block with every line", () => {
    const code = Array.from({ length: 10_000 }, (_, i) => `x_${i} = ${i}  # 第${i}行`).join("\n");
    const article = expectBuilt(build(`# 长代码\n\n## 1. 代码\n\n\`\`\`python\n${code}\n\`\`\`\n\n之后的正文。\n`));
    expect(article.code).toHaveLength(1);
    expect(article.code[0]?.code.split("\n")).toHaveLength(10_000);
    expect(article.sections[0]?.text).toContain("之后的正文");
  }, 60_000);

  it("200 levels of nested lists and of nested quotes build a corpus with every level", () => {
    const list = Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- 第${i + 1}层`).join("\n");
    const quote = `${"> ".repeat(200)}最深处的引用`;
    const result = build(`# 深层嵌套\n\n## 1. 列表\n\n${list}\n\n## 2. 引用\n\n${quote}\n`);
    const article = expectBuilt(result);
    expect(article.sections.map((s) => s.number)).toEqual(["1", "2"]);
    // The page may not show such depth (see below), so the build says where it starts, once per article.
    const nesting = result.problems.filter((p) => p.ruleId === "deep-nesting");
    expect(nesting.map((p) => [p.severity, p.line])).toEqual([["warning", 5 + 64]]);
    for (let level = 1; level <= 200; level++) expect(article.sections[0]?.text).toContain(`第${level}层`);
    expect(article.sections[1]?.text).toContain("最深处的引用");
  }, 60_000);

  it("200 levels of nesting render to completion, deepest level included", async () => {
    const list = Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- 第${i + 1}层`).join("\n");
    const quote = `${"> ".repeat(200)}最深处的引用`;
    const article = expectBuilt(build(`# 深层嵌套\n\n## 1. 列表\n\n${list}\n`));
    const ctx = { articleSlug: article.slug, matcher: buildMatcher([]) };
    const { prelude } = await prerender(createElement(Markdown, { markdown: `${list}\n\n${quote}`, render: emptyRender(), ctx }));
    const html = await new Response(prelude).text();
    expect(html).toContain("第200层");
    expect(html.match(/<blockquote>/g)).toHaveLength(200);
    // Not asserted: that all 200 list levels survive. React 19.3's server renderer recovers from a
    // stack overflow in deep trees by respawning the task (react#30419) and, on a cold first
    // render, silently drops a few levels around depth 110–175. See the security notes in README.
  }, 60_000);

  it("10,000 headings become 10,000 sections with unique ids", () => {
    const headings = Array.from({ length: 10_000 }, (_, i) => `## ${i + 1}. 标题\n\n正文${i + 1}。`).join("\n\n");
    const article = expectBuilt(build(`# 一万个标题\n\n${headings}\n`));
    expect(article.sections).toHaveLength(10_000);
    expect(new Set(article.sections.map((s) => s.id)).size).toBe(10_000);
  }, 120_000);

  it("a 1,000-column table stays one table block", () => {
    const row = (cell: (c: number) => string) => `| ${Array.from({ length: 1000 }, (_, c) => cell(c)).join(" | ")} |`;
    const table = [row((c) => `列${c}`), row(() => "---"), row((c) => `${c}`), row((c) => `值${c}`)].join("\n");
    const article = expectBuilt(build(`# 宽表\n\n## 1. 表格\n\n${table}\n`));
    const tables = article.sections[0]?.blocks.filter((b) => b.type === "table") ?? [];
    expect(tables).toHaveLength(1);
    expect(tables[0]?.type === "table" && tables[0].markdown.split("\n")[0]?.split("|").length).toBe(1002);
  }, 60_000);
});
