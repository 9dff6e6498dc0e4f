import { describe, expect, it } from "vitest";
import { textFragmentHash } from "@/lib/render/textFragment";

describe("textFragmentHash", () => {
  it("percent-encodes the words, and the directive's own syntax characters", () => {
    expect(textFragmentHash("s-1", "深度学习-框架, 选型 & 部署")).toBe(
      `#s-1:~:text=${encodeURIComponent("深度学习")}%2D${encodeURIComponent("框架")}%2C${encodeURIComponent(" 选型 & 部署")}`,
    );
  });

  it("folds whitespace as browsers do when they match", () => {
    expect(textFragmentHash("s-1", "  a\n  b  ")).toBe("#s-1:~:text=a%20b");
  });

  it("names a long passage by its start and end", () => {
    const long = "甲".repeat(50) + "乙".repeat(50);
    const hash = textFragmentHash("s-2", long) ?? "";
    const [start, end] = decodeURIComponent(hash.split("text=")[1] ?? "").split(",");
    expect(start).toBe("甲".repeat(24));
    expect(end).toBe("乙".repeat(24));
  });

  it("puts the words before the passage first, as a prefix, to pin a repeated phrase", () => {
    expect(textFragmentHash("s-3", "模型", "训练好的")).toBe(`#s-3:~:text=${encodeURIComponent("训练好的")}-,${encodeURIComponent("模型")}`);
  });

  it("has nothing to link for an empty selection", () => {
    expect(textFragmentHash("s-1", " \n ")).toBeNull();
  });
});
