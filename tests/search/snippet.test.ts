import { describe, expect, it } from "vitest";
import { highlight, phrasesIn, snippet } from "@/lib/search/snippet";

const text = (pieces: { text: string }[]) => pieces.map((p) => p.text).join("");
const marked = (pieces: { text: string; hit: boolean }[]) => pieces.filter((p) => p.hit).map((p) => p.text);

describe("highlight", () => {
  it("marks every occurrence, keeping the document's own capitalisation", () => {
    const pieces = highlight("以Transformer模型为例，Transformer模型通过自注意力", ["transformer", "模型"]);
    expect(marked(pieces)).toEqual(["Transformer", "模型", "Transformer", "模型"]);
    expect(text(pieces)).toBe("以Transformer模型为例，Transformer模型通过自注意力");
  });

  it("prefers the longest phrase where phrases overlap", () => {
    expect(marked(highlight("模型压缩与量化", ["模型", "模型压缩"]))).toEqual(["模型压缩"]);
  });

  it("treats regex metacharacters and markup as plain text", () => {
    const pieces = highlight("a.*b <script>x</script> a.*b", [".*", "<script>"]);
    expect(marked(pieces)).toEqual([".*", "<script>", ".*"]);
    expect(text(pieces)).toBe("a.*b <script>x</script> a.*b");
    expect(marked(highlight("abc", ["("]))).toEqual([]);
  });
});

describe("snippet", () => {
  const long = `${"前文".repeat(40)}这里讲交叉熵损失函数${"后文".repeat(60)}`;

  it("shows a window around the first match, with ellipses where text was cut", () => {
    const pieces = snippet(long, ["交叉熵"], 60);
    expect(marked(pieces)).toEqual(["交叉熵"]);
    expect(pieces[0].text.startsWith("…")).toBe(true);
    expect(text(pieces).endsWith("…")).toBe(true);
    expect(text(pieces).length).toBeLessThanOrEqual(62);
  });

  it("starts at a clause when one begins before the match, not in the middle of a word", () => {
    const definition = "在预训练模型的参数基础上，用特定任务的少量标注数据继续训练，使模型适应该任务，这一步叫微调。";
    expect(text(snippet(definition, ["微调"], 40))).toBe("…用特定任务的少量标注数据继续训练，使模型适应该任务，这一步叫微调。");
    // No clause boundary in reach: the window starts where the count puts it.
    expect(text(snippet(`${"文".repeat(80)}交叉熵`, ["交叉熵"], 30))).toBe(`…${"文".repeat(27)}交叉熵`);
  });

  it("starts at the beginning when nothing matches", () => {
    const pieces = snippet("短文本，没有匹配。", ["不存在"]);
    expect(pieces).toEqual([{ text: "短文本，没有匹配。", hit: false }]);
  });

  it("never splits a surrogate pair", () => {
    const pieces = snippet(`${"𠀀".repeat(80)}模型`, ["模型"], 20);
    expect(text(pieces)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("phrasesIn", () => {
  it("falls back to bigrams when the whole query does not occur", () => {
    expect(phrasesIn("注意力机制与自注意", ["自注意力"], ["自注", "注意", "意力"])).toEqual(["自注", "注意", "意力"]);
    expect(phrasesIn("Transformer的自注意力", ["自注意力"], ["自注"])).toEqual(["自注意力"]);
  });
});
