import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { runScript } from "../support/runScript";
import { noteBodyHast } from "@/lib/notes/noteBody";

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

describe("note bodies are checked in the compile", () => {
  it("reports a broken body at the note's line in the notes file, with every other problem, in one content:check run", () => {
    const run = runScript("lib/cli/content-check.ts", ["--dir", "tests/content/fixtures/errors/data"]);
    expect(run.status).toBe(1);
    const report = run.stdout;
    // vfile-reporter: a file's name, then line:column, severity, message and rule of each problem.
    const section = (file: string) => report.slice(report.indexOf(`tests/content/fixtures/errors/data/${file}\n`)).split("\n\n")[0];
    expect(section("notes.json")).toMatch(/\n\s*49:5\s+error\s+Note `list-body`: <ul> cannot sit inside a paragraph.*note-body/);
    expect(section("glossary.json")).toMatch(/\n\s*3:5\s+error\s+Entry 1 field "id"/);
    expect(section("articles.json")).toMatch(/\n\s*3:21\s+error\s+Entry 1 field "slug"/);
  });
});
