import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeKatex from "rehype-katex";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { articleRemarkPlugins } from "@/lib/content/markdown";
import { buildMatcher } from "@/lib/content/mentions";
import rehypeTermLinks, { type TermLinkOptions } from "@/lib/glossary/rehypeTermLinks";

const matcher = buildMatcher([
  { id: "fine-tuning", term: "微调", aliases: ["模型微调", "Fine-tuning"] },
  { id: "gan", term: "生成对抗网络", aliases: ["GAN"] },
  { id: "pre-training", term: "预训练", aliases: [] },
  { id: "transformer", term: "Transformer", aliases: [] },
]);

function render(markdown: string, options: Partial<TermLinkOptions> = {}): string {
  const processor = unified()
    .use(remarkParse)
    .use(articleRemarkPlugins as never)
    .use(remarkRehype)
    .use(rehypeKatex)
    .use(rehypeTermLinks, { matcher, allow: null, ...options });
  // Like react-markdown, the plugin sees the fragment's source as the file's value.
  const file = new VFile({ value: markdown });
  return toHtml(processor.runSync(processor.parse(file), file) as Root);
}

const links = (html: string) => [...html.matchAll(/<a href="\/glossary\/([a-z-]+)\/" class="term-link" data-term="[a-z-]+">([^<]*)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe("rehypeTermLinks", () => {
  it("links only the first mention of each term in a fragment", () => {
    const html = render("先预训练，再微调。\n\n微调之后还可以再微调；预训练也一样。");
    expect(links(html)).toEqual(["pre-training:预训练", "fine-tuning:微调"]);
  });

  it("prefers the longest form: 模型微调 is linked whole", () => {
    expect(links(render("模型微调是一种常见做法。"))).toEqual(["fine-tuning:模型微调"]);
  });

  it("matches Latin names case-insensitively inside Chinese text but not inside other words", () => {
    expect(links(render("使用GAN生成样本，organ 与 Organic 不算。"))).toEqual(["gan:GAN"]);
    expect(links(render("基于transformer的模型"))).toEqual(["transformer:transformer"]);
  });

  it("skips headings, code, inline code, math and existing links", () => {
    const markdown = [
      "## 微调的步骤",
      "",
      "`微调` 与 [预训练](https://example.com) 以及 $GAN$ 都不链接。",
      "",
      "```python",
      "# 微调 模型",
      "```",
      "",
      "$$",
      "\\text{Transformer}",
      "$$",
      "",
      "正文里的 Transformer 才链接。",
    ].join("\n");
    const html = render(markdown);
    expect(links(html)).toEqual(["transformer:Transformer"]);
    expect(html).toContain("<h2>微调的步骤</h2>");
  });

  it("links only the terms allowed for this fragment", () => {
    const html = render("预训练和微调。", { allow: new Set(["fine-tuning"]) });
    expect(links(html)).toEqual(["fine-tuning:微调"]);
  });

  it("keeps the surrounding text intact", () => {
    const html = render("在预训练的基础上微调。");
    expect(html.replace(/<[^>]+>/g, "")).toBe("在预训练的基础上微调。");
  });
});
