import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/content/mentions";
import type { Block, GlossaryTerm } from "@/lib/content/schema";
import { linkTerms } from "@/lib/content/termLinks";
import { parseFixture } from "./helpers";

const term = (id: string, name: string, aliases: string[] = []): GlossaryTerm => ({
  id,
  term: name,
  aliases,
  pinyin: "",
  initials: "",
  pinyinMarked: "",
  definitions: [{ articleSlug: null, sectionId: null, text: `${name}的定义`, plain: `${name}的定义`, noteIds: [] }],
  mentions: [],
  related: [],
  otherSenses: [],
});

const glossary = [term("fine-tuning", "微调", ["模型微调", "Fine-tuning"]), term("pre-training", "预训练"), term("bert", "BERT")];

describe("the compile decides every term link once", () => {
  const parsed = parseFixture("term-links.md");
  linkTerms(parsed, glossary, buildMatcher(glossary));
  const blocks = (sectionNumber: string | null) => parsed.article.sections.find((s) => s.number === sectionNumber)?.blocks ?? [];
  const links = (block: Block | undefined) => (block && "render" in block ? block.render.termLinks.map((link) => link.term) : null);

  it("links each term at its first mention in a section, in the block holding it", () => {
    const [first, , second] = blocks("1");
    expect(links(first)).toEqual(["bert", "pre-training"]);
    expect(links(second)).toEqual(["fine-tuning"]);
  });

  it("starts afresh in the next section, and never links a concept card's own term inside it", () => {
    const [concept, prose] = blocks("2");
    expect(concept?.type).toBe("concept");
    expect(links(concept)).toEqual(["pre-training"]);
    expect(links(prose)).toEqual(["fine-tuning"]);
    expect(concept?.type === "concept" && concept.glossaryId).toBe("fine-tuning");
  });

  it("links in an FAQ answer, not in its question", () => {
    const faq = parsed.article.sections.flatMap((s) => s.blocks).find((b) => b.type === "faq");
    expect(links(faq)).toEqual(["fine-tuning", "bert"]);
  });

  it("lists the article's linked terms once, in order of first link, with their preview data", () => {
    expect(parsed.article.linkedTerms.map((t) => t.id)).toEqual(["bert", "pre-training", "fine-tuning"]);
    expect(parsed.article.linkedTerms[0]).toMatchObject({ term: "BERT", definition: "BERT的定义" });
  });

  it("gives two identical code listings in one section two ids", () => {
    const code = blocks("1").filter((b) => b.type === "code");
    expect(code.map((b) => b.type === "code" && b.code)).toEqual(['print("same")', 'print("same")']);
    expect(new Set(code.map((b) => b.id)).size).toBe(2);
    expect(parsed.article.code.filter((c) => c.sectionId === "s-1").map((c) => c.id)).toEqual(code.map((b) => b.id));
  });
});
