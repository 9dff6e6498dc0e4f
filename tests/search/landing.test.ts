import { describe, expect, it } from "vitest";
import { highlightPhrases, landingUrl, phraseRanges, withoutHighlight } from "@/lib/search/landing";

describe("search landing URLs", () => {
  it("put the phrases in the query, before the fragment, one hl each", () => {
    expect(landingUrl("/articles/x/#s-3-2", ["模型压缩", "kv"])).toBe("/articles/x/?hl=%E6%A8%A1%E5%9E%8B%E5%8E%8B%E7%BC%A9&hl=kv#s-3-2");
    expect(landingUrl("/glossary/cross-entropy/", ["交叉熵"])).toBe("/glossary/cross-entropy/?hl=%E4%BA%A4%E5%8F%89%E7%86%B5");
    expect(landingUrl("/articles/x/#s-1", [])).toBe("/articles/x/#s-1");
  });

  it("read back what they carry, trimmed, deduplicated and bounded", () => {
    expect(highlightPhrases("?hl=%E6%A8%A1%E5%9E%8B&hl=kv&hl=kv&hl=%20&q=x")).toEqual(["模型", "kv"]);
    expect(highlightPhrases(`?${Array.from({ length: 30 }, (_, i) => `hl=w${i}`).join("&")}`)).toHaveLength(12);
    expect(highlightPhrases(`?hl=${"a".repeat(65)}`)).toEqual([]);
  });

  it("drop the highlight and keep the rest of the query", () => {
    expect(withoutHighlight("?hl=a&hl=b")).toBe("");
    expect(withoutHighlight("?x=1&hl=a")).toBe("?x=1");
  });
});

describe("phrase ranges", () => {
  it("find every occurrence, longest phrase first, ignoring case", () => {
    const text = "KV Cache 与 kv 缓存：模型压缩、模型";
    expect(phraseRanges(text, ["kv", "模型压缩", "模型"]).map(([a, b]) => text.slice(a, b))).toEqual(["KV", "kv", "模型压缩", "模型"]);
  });

  it("find nothing in text without the phrases", () => {
    expect(phraseRanges("没有匹配", ["模型"])).toEqual([]);
  });
});
