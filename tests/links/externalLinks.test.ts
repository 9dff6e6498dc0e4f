import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectExternalLinks, externalUrl } from "@/lib/links/externalLinks";

/** A tiny article folder with its notes: every link to another site, with the line it is written on. */

const root = mkdtempSync(path.join(tmpdir(), "external-links-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = path.join(root, "articles");
mkdirSync(dir);
writeFileSync(
  path.join(dir, "links.md"),
  [
    "# 外链样例",
    "",
    "## 1. 背景",
    "",
    "正文里的[论文](https://arxiv.org/abs/1706.03762)和自动链接 https://example.com/auto 。",
    "",
    '![图](https://example.com/img.png "标题")',
    "",
    "[引用][ref] 与 [站内](/glossary/) 与 [邮件](mailto:a@example.com) 与 `https://example.com/in-code`",
    "",
    "[ref]: https://example.com/ref",
    "",
  ].join("\n"),
);
writeFileSync(path.join(dir, "articles.json"), JSON.stringify([{ file: "links.md", slug: "links" }]));
writeFileSync(
  path.join(dir, "notes.json"),
  `[
  {
    "id": "first",
    "articleSlug": "links",
    "quote": "正文里的",
    "kind": "context",
    "checked": "2026-11",
    "body": "见[说明](https://example.com/body)，站内[术语](/glossary/)。",
    "sources": [
      { "title": "来源", "url": "https://example.com/source" },
      { "title": "同一篇论文", "url": "https://arxiv.org/abs/1706.03762" }
    ]
  }
]
`,
);

describe("collectExternalLinks", () => {
  it("finds note sources, links in note bodies and article links, each on its own line", () => {
    const note = { file: "articles/notes.json", group: "note first" };
    const article = { file: "articles/links.md", group: "article links" };
    expect(collectExternalLinks({ dir, root })).toEqual([
      { url: "https://example.com/source", line: 10, ...note },
      { url: "https://arxiv.org/abs/1706.03762", line: 11, ...note },
      { url: "https://example.com/body", line: 8, ...note },
      { url: "https://arxiv.org/abs/1706.03762", line: 5, ...article },
      { url: "https://example.com/auto", line: 5, ...article },
      { url: "https://example.com/img.png", line: 7, ...article },
      { url: "https://example.com/ref", line: 11, ...article },
    ]);
  });
});

describe("externalUrl", () => {
  it("keeps http(s) URLs of other sites and leaves our own, relative and mailto: links", () => {
    expect(externalUrl("https://example.com/x", "https://reader.test")).toBe("https://example.com/x");
    expect(externalUrl("//example.com/x", "https://reader.test")).toBe("https://example.com/x");
    expect(externalUrl("https://reader.test/glossary/", "https://reader.test")).toBeNull();
    expect(externalUrl("/glossary/", "https://reader.test")).toBeNull();
    expect(externalUrl("mailto:a@example.com", "https://reader.test")).toBeNull();
  });
});
