import { describe, expect, it } from "vitest";
import { checkedLabel } from "@/lib/notes/checked";

describe("checkedLabel", () => {
  it("says the month a note was checked in Chinese", () => {
    expect(checkedLabel("2026-11")).toBe("核实于 2026年11月");
    expect(checkedLabel("2025-04")).toBe("核实于 2025年4月");
  });

  it("says nothing for a value that is not a month", () => {
    expect(checkedLabel("2026-11-30")).toBe("");
  });
});
