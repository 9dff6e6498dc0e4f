import { describe, expect, it } from "vitest";
import { contrastRatio, ensureContrast } from "@/lib/render/contrast";

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
  });

  it("keeps colours that already pass", () => {
    expect(ensureContrast("#24292e", "#ffffff")).toBe("#24292e");
  });

  it("darkens a too-light colour on a light background until it reaches 4.5:1", () => {
    const fixed = ensureContrast("#e36209", "#ffffff");
    expect(fixed).not.toBe("#e36209");
    expect(contrastRatio(fixed, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("lightens a too-dark colour on a dark background", () => {
    const fixed = ensureContrast("#6a737d", "#24292e");
    expect(contrastRatio(fixed, "#24292e")).toBeGreaterThanOrEqual(4.5);
  });
});
