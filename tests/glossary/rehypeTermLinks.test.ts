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
import type { TermLink } from "@/lib/content/schema";
import { fragmentTermLinks } from "@/lib/content/termLinks";
import rehypeTermLinks from "@/lib/glossary/rehypeTermLinks";
import rehypeNoteMarks, { type NoteToMark } from "@/lib/notes/rehypeNoteMarks";

const matcher = buildMatcher([
  { id: "fine-tuning", term: "微调", aliases: ["模型微调", "Fine-tuning"] },
  { id: "gan", term: "生成对抗网络", aliases: ["GAN"] },
  { id: "pre-training", term: "预训练", aliases: [] },
  { id: "transformer", term: "Transformer", aliases: [] },
]);

/** Renders a fragment as the article page does (react-markdown's pipeline), with the given links and notes. */
function renderWith(markdown: string, links: readonly TermLink[], notes: readonly NoteToMark[] = []): string {
  const processor = unified()
    .use(remarkParse)
    .use(articleRemarkPlugins as never)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeKatex)
    .use(rehypeNoteMarks, { notes, footnotes: false })
    .use(rehypeTermLinks, { links });
  // Like react-markdown, the plugins see the fragment's source as the file's value.
  const file = new VFile({ value: markdown });
  return toHtml(processor.runSync(processor.parse(file), file) as Root);
}

/** The compile's decision for a fragment, applied by the page. */
const render = (markdown: string, linked?: Set<string>) => renderWith(markdown, fragmentTermLinks(markdown, matcher, linked));

const links = (html: string) => [...html.matchAll(/<a href="\/glossary\/([a-z-]+)\/" class="term-link" data-term="[a-z-]+">([^<]*)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe("term links, placed in the compile and applied on the page", () => {
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

  it("does not link a term already linked earlier in the section", () => {
    const html = render("预训练和微调。", new Set(["pre-training"]));
    expect(links(html)).toEqual(["fine-tuning:微调"]);
  });

  it("keeps the surrounding text intact", () => {
    const html = render("在预训练的基础上微调。");
    expect(html.replace(/<[^>]+>/g, "")).toBe("在预训练的基础上微调。");
  });

  it("the page searches nothing: it wraps whatever text sits at a link's offsets", () => {
    expect(links(renderWith("甲乙丙丁", [{ term: "gan", at: 1, text: "乙丙" }]))).toEqual(["gan:乙丙"]);
    expect(links(renderWith("预训练", []))).toEqual([]);
    // Where the text at the offset is not the mention's, nothing is linked.
    expect(links(renderWith("甲乙丙丁", [{ term: "gan", at: 1, text: "丙丁" }]))).toEqual([]);
  });

  it("finds its place after a note mark has split the text, and inside the mark", () => {
    const markdown = "先说背景。随后再微调模型，效果更好。";
    const note: NoteToMark = { id: "n1", kind: "correction", quote: "随后再微调", at: 5, number: 1, body: [{ type: "text", value: "注" }] };
    const html = renderWith(markdown, fragmentTermLinks(markdown, matcher), [note]);
    expect(links(html)).toEqual(["fine-tuning:微调"]);
    expect(html).toMatch(/<mark[^>]*>随后再<a [^>]*>微调<\/a><\/mark>/);
    expect(html.replace(/<note-ref[\s\S]*?<\/note-ref>/g, "").replace(/<[^>]+>/g, "")).toBe(markdown);
  });

  it("leaves a mention unlinked where a note mark cuts it in two", () => {
    const markdown = "我们先预训练再部署。";
    const note: NoteToMark = { id: "n1", kind: "correction", quote: "先预", at: 2, number: 1, body: [{ type: "text", value: "注" }] };
    const html = renderWith(markdown, fragmentTermLinks(markdown, matcher), [note]);
    expect(links(html)).toEqual([]);
    expect(html.replace(/<note-ref[\s\S]*?<\/note-ref>/g, "").replace(/<[^>]+>/g, "")).toBe(markdown);
  });
});
