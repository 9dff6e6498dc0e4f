import { describe, expect, it } from "vitest";
import { renderSanitized } from "@/lib/render/mermaid";
import { samples } from "./diagramSamples";

/**
 * The allow-list must not cost ordinary diagrams anything: one sample of each common Mermaid diagram
 * type is rendered in headless Chromium, and the sanitizer removes nothing but a `click` link.
 */


describe("the diagram allow-list", () => {
  it("removes nothing from ordinary diagrams of every common type but a click link", async () => {
    const results = await renderSanitized(Object.values(samples), "light");
    const removed = Object.fromEntries(Object.keys(samples).map((name, i) => [name, results[i]?.removed ?? "not rendered"]));
    expect(removed).toEqual({
      ...Object.fromEntries(Object.keys(samples).map((name) => [name, []])),
      flowchart: ["xlink:href on <a>"],
    });
  }, 180_000);
});
