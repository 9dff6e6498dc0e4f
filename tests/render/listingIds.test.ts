import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/article/Markdown";
import { buildMatcher } from "@/lib/content/mentions";
import { parseFixture } from "../content/helpers";

describe("code listings nested in prose", () => {
  it("keep the ids the compile gave them, even when their text is the same", async () => {
    const { article } = parseFixture("term-links.md");
    const block = article.sections.find((s) => s.number === "3")?.blocks[0];
    if (block?.type !== "prose") throw new Error("expected the list as one prose block");
    expect(block.render.listings).toHaveLength(2);
    const ctx = { articleSlug: article.slug, matcher: buildMatcher([]) };
    const { prelude } = await prerender(createElement(Markdown, { markdown: block.markdown, render: block.render, ctx }));
    const html = await new Response(prelude).text();
    const ids = [...html.matchAll(/<figure class="code-block" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(block.render.listings);
    expect(new Set(ids).size).toBe(2);
  });
});
