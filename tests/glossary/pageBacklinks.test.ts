import { describe, expect, it } from "vitest";
import { type ArticleBacklinks, BACKLINK_LIMITS, pageBacklinks } from "@/lib/glossary/backlinks";

/** An article whose `sections` sections each mention the term once. */
function article(slug: string, sections: number): ArticleBacklinks {
  const links = Array.from({ length: sections }, (_, i) => ({ sectionId: `s-${i + 1}`, sectionLabel: `${i + 1} 节`, count: 1, snippet: null }));
  return { slug, title: `文章 ${slug}`, total: sections, links };
}

describe("pageBacklinks", () => {
  it("shows every article section by section while they fit", () => {
    const articles = [article("a", 2), article("b", 3)];
    expect(pageBacklinks(articles, { sections: 5, articles: 10 })).toEqual({ detailed: articles, brief: [], unlisted: 0 });
  });

  it("lists the articles past the section limit by title, keeping reading order, each once", () => {
    const articles = [article("a", 2), article("b", 3), article("c", 1), article("d", 4)];
    const page = pageBacklinks(articles, { sections: 5, articles: 10 });
    // "c" alone would still fit, but the detailed part is a prefix: a reader sees the order of the site.
    expect(page.detailed.map((a) => a.slug)).toEqual(["a", "b"]);
    expect(page.brief.map((a) => a.slug)).toEqual(["c", "d"]);
    expect(page.unlisted).toBe(0);
  });

  it("always details the first article, however long", () => {
    const page = pageBacklinks([article("a", 9), article("b", 1)], { sections: 5, articles: 10 });
    expect(page.detailed.map((a) => a.slug)).toEqual(["a"]);
    expect(page.brief.map((a) => a.slug)).toEqual(["b"]);
  });

  it("counts the articles past the title list instead of listing them", () => {
    const articles = Array.from({ length: 8 }, (_, i) => article(String(i), 3));
    const page = pageBacklinks(articles, { sections: 6, articles: 4 });
    expect(page.detailed).toHaveLength(2);
    expect(page.brief.map((a) => a.slug)).toEqual(["2", "3", "4", "5"]);
    expect(page.unlisted).toBe(2);
  });

  it("bounds a term used in 500 articles to the page limits", () => {
    const articles = Array.from({ length: 500 }, (_, i) => article(String(i), 6));
    const page = pageBacklinks(articles);
    expect(page.detailed.reduce((n, a) => n + a.links.length, 0)).toBeLessThanOrEqual(BACKLINK_LIMITS.sections);
    expect(page.brief).toHaveLength(BACKLINK_LIMITS.articles);
    expect(page.detailed.length + page.brief.length + page.unlisted).toBe(500);
  });
});
