import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import rehypeNoteMarks, { type NoteToMark, quoteOffsets } from "@/lib/notes/rehypeNoteMarks";

const body = [{ type: "text" as const, value: "更正。" }];

type Unplaced = Omit<NoteToMark, "at"> & { at?: number };

function note(id: string, quote: string, kind: NoteToMark["kind"] = "correction", number = 1, at?: number): Unplaced {
  return { id, kind, quote, number, body, at };
}

function tree(markdown: string, notes: readonly NoteToMark[] | null, footnotes = false): { tree: Root; file: VFile } {
  const file = new VFile(markdown);
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkRehype).use(rehypeKatex);
  if (notes) processor.use(rehypeNoteMarks, { notes, footnotes });
  return { tree: processor.runSync(processor.parse(file), file) as Root, file };
}

/** Renders a fragment with its notes, each placed as the compile places it (its first offset) unless given one. */
function render(markdown: string, notes: Unplaced[], footnotes = false): { html: string; file: VFile } {
  const plain = tree(markdown, null).tree;
  const placed = notes.map((n) => ({ ...n, at: n.at ?? quoteOffsets(plain, n.quote)[0] ?? 0 }));
  const result = tree(markdown, placed, footnotes);
  return { html: toHtml(result.tree), file: result.file };
}

describe("rehypeNoteMarks", () => {
  it("wraps the quoted passage in a mark carrying the note id, followed by the note marker", () => {
    const { html } = render("贾扬清作为Transformer模型的提出者，创建了某库。", [note("n1", "Transformer模型的提出者")]);
    expect(html).toBe(
      '<p>贾扬清作为<mark id="n1" class="note-mark note-mark-correction" data-note-id="n1">Transformer模型的提出者</mark>' +
        '<note-ref data-note-id="n1" data-note-kind="correction" data-note-number="1">更正。</note-ref>，创建了某库。</p>',
    );
  });

  it("marks a passage that crosses a link, and puts the marker after the link rather than inside it", () => {
    const { html } = render("前文由[贾扬清](https://example.org/)提出的模型，后文。", [note("n2", "由贾扬清提出")]);
    expect(html).toBe(
      '<p>前文<mark id="n2" class="note-mark note-mark-correction" data-note-id="n2">由</mark>' +
        '<a href="https://example.org/"><mark class="note-mark note-mark-correction" data-note-id="n2">贾扬清</mark></a>' +
        '<mark class="note-mark note-mark-correction" data-note-id="n2">提出</mark>' +
        '<note-ref data-note-id="n2" data-note-kind="correction" data-note-number="1">更正。</note-ref>的模型，后文。</p>',
    );
  });

  it("puts the marker after emphasis when the passage ends inside it", () => {
    const { html } = render("甲乙**丙丁**戊", [note("n3", "乙丙")]);
    expect(html).toMatch(/<strong><mark [^>]*>丙<\/mark>丁<\/strong><note-ref [^>]*>更正。<\/note-ref>戊/);
    expect(html.match(/ id="n3"/g)).toHaveLength(1);
  });

  it("never marks text inside inline code or rendered math", () => {
    const { html } = render("代码 `Transformer` 与公式 $Transformer$ 都不标记。", [note("n4", "Transformer")]);
    expect(html).not.toContain("<mark");
    expect(html).not.toContain("note-ref");
  });

  it("does not join text across two paragraphs or list items", () => {
    const { html } = render("- 第一项甲\n- 乙第二项\n\n段落甲\n\n乙段落", [note("n5", "甲乙")]);
    expect(html).not.toContain("<mark");
  });

  it("leaves a fragment without the quote at the note's offset untouched, and says so", () => {
    const markdown = "别的段落，和注记无关。";
    const { html, file } = render(markdown, [note("n6", "不存在的引文")]);
    expect(html).toBe(render(markdown, []).html);
    expect(file.messages.map((m) => m.reason)).toEqual(["Note `n6`: quote not found at offset 0 of its fragment"]);
    expect(render(markdown, [note("n6", "段落", "correction", 1, 0)]).html).not.toContain("<mark");
  });

  it("marks two notes in one paragraph, each once, in their own places", () => {
    const { html } = render("作为甲的提出者，并创建了乙库，使得丙。", [
      note("a", "并创建了乙库"),
      note("b", "作为甲的提出者", "context"),
    ]);
    expect(html).toBe(
      '<p><mark id="b" class="note-mark note-mark-context" data-note-id="b">作为甲的提出者</mark>' +
        '<note-ref data-note-id="b" data-note-kind="context" data-note-number="1">更正。</note-ref>，' +
        '<mark id="a" class="note-mark note-mark-correction" data-note-id="a">并创建了乙库</mark>' +
        '<note-ref data-note-id="a" data-note-kind="correction" data-note-number="1">更正。</note-ref>，使得丙。</p>',
    );
  });

  it("marks a quote found twice only at the offset the note carries", () => {
    const markdown = "重复的话。重复的话。";
    expect(quoteOffsets(tree(markdown, null).tree, "重复的话")).toEqual([0, 5]);
    const { html, file } = render(markdown, [note("n7", "重复的话", "correction", 1, 5)]);
    expect(html).toBe(
      '<p>重复的话。<mark id="n7" class="note-mark note-mark-correction" data-note-id="n7">重复的话</mark>' +
        '<note-ref data-note-id="n7" data-note-kind="correction" data-note-number="1">更正。</note-ref>。</p>',
    );
    expect(file.messages).toEqual([]);
  });

  it("repeats the marked notes after the fragment for print, in reading order and without ids", () => {
    const { html } = render("甲说了错话。\n\n乙也说了。", [note("x", "乙也说", "correction", 2), note("y", "错话", "context", 1)], true);
    expect(html.endsWith(
      '<aside class="note-footnotes">' +
        '<p class="note-footnote note-ref-context"><span class="note-footnote-label">背景 1</span> 更正。</p>' +
        '<p class="note-footnote note-ref-correction"><span class="note-footnote-label">勘误 2</span> 更正。</p></aside>',
    )).toBe(true);
    expect(html.match(/ id="/g)).toHaveLength(2);
  });

  it("adds no footnotes when nothing in the fragment was marked", () => {
    expect(render("无关的段落。", [note("z", "不存在")], true).html).not.toContain("note-footnotes");
  });

  it("does not mark headings", () => {
    const { html } = render("## 标题里的引文\n\n正文。", [note("n8", "标题里的引文")]);
    expect(html).not.toContain("<mark");
  });
});
