import { describe, expect, it } from "vitest";
import { buildGlossary } from "@/lib/content/glossary";
import { READING_FIXES } from "@/lib/content/pinyin";
import { CuratedTerm } from "@/lib/content/schema";
import { markedPinyin, pinyinSyllables } from "@/lib/content/slug";

/** The glossary's three pinyin forms of a term, computed the way the pipeline computes them. */
function forms(term: string) {
  const curated = CuratedTerm.parse({ id: "t", term, definition: "释义。" });
  const [built] = buildGlossary([curated], []);
  return { pinyin: built.pinyin, initials: built.initials, pinyinMarked: built.pinyinMarked };
}

describe("pinyin of technical words pinyin-pro misreads", () => {
  it("reads 量化 liàng huà, not liáng huà", () => {
    expect(forms("量化")).toEqual({ pinyin: "liang hua", initials: "lh", pinyinMarked: "liàng huà" });
    expect(forms("模型量化").pinyinMarked).toBe("mó xíng liàng huà");
  });

  it("reads 差分隐私 chā fēn, not chà fēn", () => {
    expect(forms("差分隐私")).toEqual({ pinyin: "cha fen yin si", initials: "cfys", pinyinMarked: "chā fēn yǐn sī" });
  });

  it("reads 文本分类 fēn lèi, not fèn lèi", () => {
    expect(forms("文本分类")).toEqual({ pinyin: "wen ben fen lei", initials: "wbfl", pinyinMarked: "wén běn fēn lèi" });
  });

  it("reads 卷积 juǎn jī, not juàn jī, also inside 卷积神经网络", () => {
    expect(forms("卷积")).toEqual({ pinyin: "juan ji", initials: "jj", pinyinMarked: "juǎn jī" });
    expect(forms("卷积神经网络")).toEqual({
      pinyin: "juan ji shen jing wang luo",
      initials: "jjsjwl",
      pinyinMarked: "juǎn jī shén jīng wǎng luò",
    });
  });

  it("reads 张量 zhāng liàng and 残差 cán chā", () => {
    expect(forms("张量")).toEqual({ pinyin: "zhang liang", initials: "zl", pinyinMarked: "zhāng liàng" });
    expect(forms("残差连接").pinyinMarked).toBe("cán chā lián jiē");
  });

  it("applies every fix through the one pinyin module the pipeline uses", () => {
    for (const [word, reading] of Object.entries(READING_FIXES)) {
      expect(markedPinyin(word), word).toBe(reading);
      expect(pinyinSyllables(word).join(" "), word).toBe(reading.normalize("NFD").replace(/\p{M}/gu, ""));
    }
  });

  it("leaves everyday readings of the same characters alone", () => {
    expect(markedPinyin("数量")).toBe("shù liàng");
    expect(markedPinyin("大量")).toBe("dà liàng");
    expect(markedPinyin("测量")).toBe("cè liáng");
  });
});
