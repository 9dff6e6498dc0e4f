import { describe, expect, it } from "vitest";
import { convertTexDelimiters, normalize, normalizeNewlines } from "@/lib/content/normalize";
import { parseFixture } from "./helpers";

describe("normalize", () => {
  it("strips a UTF-8 BOM and turns CRLF into LF", () => {
    expect(normalizeNewlines("\uFEFFa\r\nb\rc\n")).toBe("a\nb\nc\n");
  });

  it("converts \\( \\) to $…$ and \\[ \\] to $$…$$ without moving lines", () => {
    const { text } = normalize("a \\(x\\) b\n\\[\ny = 1\n\\]\nend");
    expect(text).toBe("a $x$ b\n$$\ny = 1\n$$\nend");
  });

  it("leaves backslash delimiters inside inline and fenced code alone", () => {
    const src = "`\\(x\\)`\n\n```\n\\[ a \\]\n```\n";
    expect(convertTexDelimiters(src).text).toBe(src);
  });

  it("keeps escaped citation brackets \\[1\\] as text", () => {
    expect(convertTexDelimiters("见 \\[1\\]。").text).toBe("见 \\[1\\]。");
  });

  it("reports an opener with no closer", () => {
    const { unbalanced } = convertTexDelimiters("a\n\\[ x + 1\n");
    expect(unbalanced).toEqual([{ delimiter: "\\[", offset: 2 }]);
  });
});

describe("input variants", () => {
  it("reads a file with a BOM and CRLF endings", () => {
    const { article } = parseFixture("bom-crlf.md");
    expect(article.title).toBe("带 BOM 的标题");
    expect(article.sections.map((s) => [s.id, s.line])).toEqual([["s-1", 3]]);
    expect(article.code).toMatchObject([{ lang: "python", code: 'print("hi")' }]);
    expect(article.formulas).toMatchObject([{ latex: "a+b", display: false }]);
  });

  it("keeps line numbers after leading whitespace-only lines", () => {
    const { article } = parseFixture("leading-whitespace.md");
    expect(article.title).toBe("前导空行的标题");
    expect(article.sections[0].line).toBe(7);
  });

  it("finds \\( \\) and \\[ \\] formulas but not those in code or citations", () => {
    const { article, problems } = parseFixture("tex-delimiters.md");
    expect(problems).toEqual([]);
    expect(article.formulas.map((f) => [f.latex.trim(), f.display])).toEqual([
      ["X", false],
      ["Y", false],
      ["H = \\sigma(WX + b)", true],
      ["z", false],
    ]);
    expect(article.code).toMatchObject([{ lang: "latex", code: "\\[ a \\]" }]);
    expect(article.sections[0].blocks.map((b) => b.type)).toEqual(["prose", "formula", "prose", "code", "prose"]);
  });
});

describe("normalize keeps line numbers", () => {
  it("never changes the number of lines, whatever mix of delimiters, code and newlines", async () => {
    const fc = await import("fast-check");
    const piece = fc.constantFrom("\\(", "\\)", "\\[", "\\]", "$", "`", "```\n", "\r\n", "\n", "\r", "a", "公式", " ", "\uFEFF");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = pieces.join("");
        const lines = normalizeNewlines(raw).split("\n").length;
        expect(normalize(raw).text.split("\n")).toHaveLength(lines);
      }),
      { numRuns: 300 },
    );
  });
});
