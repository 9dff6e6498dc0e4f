import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/article/Markdown";
import { buildCorpus } from "@/lib/content";
import { buildMatcher } from "@/lib/content/mentions";
import { leadsNowhere } from "@/lib/content/siteLinks";
import { EMPTY_LIST, tempArticles } from "./helpers";

const article = [
  "# 死链",
  "",
  "## 1. 正文",
  "",
  "见[附图](figure.png)与[术语表](/glossary/)，[外站](https://example.com/)，[本节](#s-1)。",
  "",
  "![架构图](images/arch.png)",
  "",
  "[不存在的页](/articles/nope/)",
].join("\n");

describe("links and images that lead nowhere on the site", () => {
  const dir = tempArticles({ "a.md": article });
  const { corpus, problems } = buildCorpus({ dir, glossaryPath: EMPTY_LIST, notesPath: EMPTY_LIST });

  it("are warnings at their source line and column, never errors", () => {
    const dead = problems.filter((p) => p.ruleId === "dead-link");
    expect(dead.map((p) => [p.line, p.column, p.severity])).toEqual([
      [5, 2, "warning"],
      [7, 1, "warning"],
      [9, 1, "warning"],
    ]);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("render as their words, with no link, and an image as its description", async () => {
    const block = corpus.articles[0].sections[0].blocks[0];
    if (block.type !== "prose") throw new Error("expected prose");
    expect(block.render.deadLinks).toEqual(["figure.png", "images/arch.png", "/articles/nope/"]);
    const ctx = { articleSlug: "a", matcher: buildMatcher([]) };
    const { prelude } = await prerender(createElement(Markdown, { markdown: block.markdown, render: block.render, ctx }));
    const html = await new Response(prelude).text();
    expect(html).toContain('<span class="dead-link">附图</span>');
    expect(html).toContain("〔图片：<!-- -->架构图<!-- -->〕");
    expect(html).not.toMatch(/href="figure\.png"|src="images\/arch\.png"|href="\/articles\/nope\/"/);
    expect(html).toContain('href="/glossary/"');
    expect(html).toContain('href="https://example.com/"');
  });

  it("tell site paths, fragments and other sites from targets that cannot resolve", () => {
    const paths = new Set(["/", "/glossary/"]);
    expect(leadsNowhere("/glossary/", paths)).toBe(false);
    expect(leadsNowhere("/glossary", paths)).toBe(false);
    expect(leadsNowhere("/glossary/?q=模型", paths)).toBe(false);
    expect(leadsNowhere("#s-1", paths)).toBe(false);
    expect(leadsNowhere("https://example.com/x.png", paths)).toBe(false);
    expect(leadsNowhere("mailto:a@example.com", paths)).toBe(false);
    expect(leadsNowhere("x.png", paths)).toBe(true);
    expect(leadsNowhere("/nope/", paths)).toBe(true);
  });
});
