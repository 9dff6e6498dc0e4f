import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { noteBodyHast } from "@/lib/notes/noteBody";
import { locateNoteProblem } from "@/lib/notes/noteMarkOptions";

const html = (md: string) => toHtml(noteBodyHast("n", md));

describe("noteBodyHast", () => {
  it("turns paragraphs into block-styled spans so the body can sit inside the annotated paragraph", () => {
    expect(html("第一段 *强调* `code`。\n\n第二段[链接](/notes/#x)。")).toBe(
      '<span class="note-para">第一段 <em>强调</em> <code>code</code>。</span>\n' +
        '<span class="note-para">第二段<a href="/notes/#x">链接</a>。</span>',
    );
  });

  it("refuses a list, naming the note", () => {
    expect(() => noteBodyHast("my-note", "- 一\n- 二")).toThrow("Note `my-note`: <ul> cannot sit inside a paragraph");
  });

  it("refuses raw HTML", () => {
    expect(() => noteBodyHast("my-note", "文字 <script>alert(1)</script>")).toThrow(/raw HTML/);
  });

  it("refuses a javascript: link", () => {
    expect(() => noteBodyHast("my-note", "[点](javascript:alert(1))")).toThrow(/link target/);
  });
});

describe("locateNoteProblem", () => {
  it("points a body problem at the line where the note's id is written", () => {
    const text = '[\n  {\n    "id": "first"\n  },\n  {\n    "id": "second",\n    "body": "- list"\n  }\n]\n';
    expect(locateNoteProblem(text, "content/notes.json", "second", "Note `second`: <ul> …")).toBe(
      "content/notes.json:6: Note `second`: <ul> …",
    );
  });
});
