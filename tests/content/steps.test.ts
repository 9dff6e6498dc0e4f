import remarkParse from "remark-parse";
import { type Pluggable, unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { remarkMetadata } from "@/lib/content/metadata";
import { remarkSections } from "@/lib/content/sections";
import { remarkCheckStructure } from "@/lib/content/validate";

/** Runs the given steps on a tiny article and returns its file: data and messages. */
function run(text: string, ...steps: Pluggable[]): VFile {
  const file = new VFile({ path: "a.md", value: text });
  file.data.entry = { fileName: "a.md", slug: "a", order: 0 };
  const processor = unified().use(remarkParse).use(steps);
  processor.runSync(processor.parse(file), file);
  return file;
}

describe("article steps as unified plugins", () => {
  it("remarkMetadata leaves title and keywords in file.data and the rest as the body", () => {
    const file = run("# 标题\n\n关键词：甲、乙\n\n## 1. 开始\n\n正文。\n", remarkMetadata);
    expect(file.data.meta).toMatchObject({ title: "标题", keywords: ["甲", "乙"] });
    expect(file.data.meta?.body.map((n) => n.type)).toEqual(["heading", "paragraph"]);
    expect(file.messages).toEqual([]);
  });

  it("remarkMetadata reports an article with no title anywhere as a fatal message at the file's start", () => {
    const [message] = run("## 1. 开始\n\n正文。\n", remarkMetadata).messages;
    expect([message.ruleId, message.fatal, message.line, message.column, message.source]).toEqual(["missing-title", true, 1, 1, "content"]);
  });

  it("remarkSections reports a duplicate section number at the second heading's place", () => {
    const file = run("# T\n\n## 1. 甲\n\n文。\n\n## 1. 乙\n\n文。\n", remarkMetadata, remarkSections);
    expect(file.data.sections?.map((s) => s.id)).toEqual(["s-1", "s-1-2"]);
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.line, m.column])).toEqual([["duplicate-section-number", false, 7, 1]]);
  });

  it("remarkCheckStructure reports an unclosed fence at the fence's line and column", () => {
    const [message] = run("# T\n\n- 项\n\n  ```js\n  x\n", remarkCheckStructure).messages;
    expect([message.ruleId, message.fatal, message.line, message.column]).toEqual(["unclosed-fence", true, 5, 3]);
  });
});
