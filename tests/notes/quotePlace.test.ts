import { describe, expect, it } from "vitest";
import { quotePlace } from "./quotePlace";

const text = [
  "Prose with inline $x$ and a $$y = 1$$ on one line.", // 1
  "```python", // 2
  "loss = mse(y, a2)", // 3
  "$$", // 4: inside the fence, not math
  "```", // 5
  "$$", // 6
  "H = XW^Q", // 7
  "$$", // 8
  "\\[", // 9
  "E = mc^2", // 10
  "\\]", // 11
  "Epoch 1: after the blocks", // 12
].join("\n");

describe("quotePlace", () => {
  it("tells prose, fenced code and display-math blocks apart", () => {
    expect(quotePlace(text, "Prose with inline")).toBe("prose");
    expect(quotePlace(text, "loss = mse")).toBe("code");
    expect(quotePlace(text, "H = XW^Q")).toBe("math");
    expect(quotePlace(text, "E = mc^2")).toBe("math");
    expect(quotePlace(text, "after the blocks")).toBe("prose");
  });

  it("keeps a `$$` inside a code fence from opening a math block", () => {
    expect(quotePlace(text, "Epoch 1")).toBe("prose");
  });

  it("counts a `$$…$$` span on one line as display math, the text around it as prose", () => {
    expect(quotePlace(text, "y = 1")).toBe("math");
    expect(quotePlace(text, "on one line")).toBe("prose");
  });

  it("refuses a quote that is not in the text", () => {
    expect(() => quotePlace(text, "absent")).toThrow("quote not in text");
  });
});
