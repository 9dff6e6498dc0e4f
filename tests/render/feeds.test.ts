import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import type { Article, Note } from "@/lib/content/schema";
import { articlesFeed, FEED_ENTRY_LIMIT, notesFeed } from "@/lib/feeds/atom";
import { testArticle } from "../support/article";

/** Parses with a strict XML parser; returns the text of every element named `name`, or throws on any well-formedness error. */
function textsOf(xml: string, name: string): string[] {
  const parser = new SaxesParser();
  const found: string[] = [];
  let depth = 0;
  let current = "";
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    if (tag.name === name) depth++;
    if (depth === 1 && tag.name === name) current = "";
  });
  parser.on("text", (text) => {
    if (depth > 0) current += text;
  });
  parser.on("cdata", (text) => {
    if (depth > 0) current += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name !== name) return;
    depth--;
    if (depth === 0) found.push(current);
  });
  parser.write(xml).close();
  return found;
}

function attributesOf(xml: string, name: string, attribute: string): string[] {
  const parser = new SaxesParser();
  const found: string[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const value = tag.attributes[attribute];
    if (tag.name === name && typeof value === "string") found.push(value);
  });
  parser.write(xml).close();
  return found;
}

const hostile = "A ]]> B ]]> C <script>x</script> & \u0001\u0008 \uFFFE end";
const readable = "A ]]> B ]]> C <script>x</script> &   end";

function article(over: Partial<Article>): Article {
  return testArticle({
    title: "标题",
    author: "作者",
    keywords: ["关键词"],
    summary: "摘要",
    published: "2024-01-01T00:00:00.000Z",
    updated: "2024-02-01T00:00:00.000Z",
    ...over,
  });
}

describe("Atom feeds", () => {
  it("carry hostile titles, summaries and authors as well-formed XML with the text intact", () => {
    const xml = articlesFeed([article({ title: hostile, summary: hostile, author: hostile, keywords: [hostile] })]);
    const entryTitle = textsOf(xml, "title")[1];
    expect(entryTitle).toBe(readable);
    expect(textsOf(xml, "summary")).toEqual([readable]);
    expect(textsOf(xml, "name").at(-1)).toBe(readable);
    expect(attributesOf(xml, "link", "href")).toEqual(["http://localhost:3000/", "http://localhost:3000/feed.xml", "http://localhost:3000/articles/a/"]);
  });

  it("date entries by the corpus, newest first: updated and published, the feed by its newest entry", () => {
    const xml = articlesFeed([
      article({ slug: "a", updated: "2024-02-01T00:00:00.000Z" }),
      article({ slug: "b", published: "2023-05-05", updated: "2024-03-01T08:00:00.000Z" }),
    ]);
    expect(textsOf(xml, "updated")).toEqual(["2024-03-01T08:00:00.000Z", "2024-03-01T08:00:00.000Z", "2024-02-01T00:00:00.000Z"]);
    expect(textsOf(xml, "published")).toEqual(["2023-05-05T00:00:00.000Z", "2024-01-01T00:00:00.000Z"]);
  });

  it("keep only the most recently updated entries, so a large site's feed stays small", () => {
    // Two more articles than a feed holds, each updated one day after the last: the two oldest fall out.
    const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString();
    const articles = Array.from({ length: FEED_ENTRY_LIMIT + 2 }, (_, n) => article({ slug: `a${n}`, updated: day(n) }));
    const ids = textsOf(articlesFeed(articles), "id").slice(1);
    expect(ids).toHaveLength(FEED_ENTRY_LIMIT);
    expect(ids[0]).toBe(`http://localhost:3000/articles/a${FEED_ENTRY_LIMIT + 1}/`);
    expect(ids.at(-1)).toBe("http://localhost:3000/articles/a2/");
    expect(ids).not.toContain("http://localhost:3000/articles/a1/");
    expect(ids).not.toContain("http://localhost:3000/articles/a0/");
  });

  it("refuse an article without dates, naming its file", () => {
    expect(() => articlesFeed([article({ updated: undefined })])).toThrow(/content\/articles\/a\.md has no date/);
  });

  it("list notes newest first with their body as HTML and a link to /notes/", () => {
    const note = (id: string, updated: string): Note => ({
      id,
      articleSlug: "a",
      sectionId: "s-1",
      quote: `引文 ${id}`,
      kind: "correction",
      body: "更正 **要点**。",
      sources: [{ title: "来源 & 出处", url: "https://example.org/?a=1&b=2" }],
      checked: "2024-01",
      number: 1,
      blockId: "b-1",
      published: "2024-01-01T00:00:00.000Z",
      updated,
    });
    const xml = notesFeed({ articles: [article({})], notes: [note("old", "2024-01-01T00:00:00.000Z"), note("new", "2024-04-01T00:00:00.000Z")] });
    expect(textsOf(xml, "id").slice(1)).toEqual(["http://localhost:3000/notes/#new", "http://localhost:3000/notes/#old"]);
    expect(textsOf(xml, "title").slice(1)).toEqual(["勘误：标题 ·「引文 new」", "勘误：标题 ·「引文 old」"]);
    const content = textsOf(xml, "content")[0];
    expect(content).toContain("<strong>要点</strong>");
    expect(content).toContain('<a href="https://example.org/?a=1&#x26;b=2">来源 &#x26; 出处</a>');
  });
});
