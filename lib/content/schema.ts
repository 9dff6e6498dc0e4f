import type { ElementContent } from "hast";
import { z } from "zod";

/**
 * The corpus contract. Every type downstream is inferred from these schemas;
 * pages, the glossary, search and the CLI read only what is declared here.
 */

/** URL-safe ASCII ids: lowercase letters, digits and single dashes. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase ASCII, digits and dashes");

export const SectionKind = z.enum([
  "background",
  "concepts",
  "algorithm",
  "math",
  "practice",
  "applications",
  "outlook",
  "tools",
  "summary",
  "faq",
  "references",
  "other",
]);

export const NoteKind = z.enum(["correction", "context"]);

/** Phrasing-only hast (a note body), rendered once in the compile; checked there, trusted here. */
const HastContent = z.custom<ElementContent>((value) => typeof value === "object" && value !== null && "type" in value);

/**
 * A note as the block that holds its quote shows it. `lines` (code blocks only) are the 1-based
 * lines of the listing the quote covers, highlighted on the page.
 */
export const NoteMark = z.object({
  id: Id,
  kind: NoteKind,
  /** 1-based, in reading order within the article. */
  number: z.number().int().positive(),
  quote: z.string().min(1),
  /** Month the note was last checked against its sources (YYYY-MM). */
  checked: z.string(),
  body: z.array(HastContent),
  lines: z.array(z.number().int().positive()).optional(),
});

/** A note marked in a block's prose: where its quote starts in the block's note text (see `quoteOffsets`). */
export const TextNoteMark = NoteMark.extend({ at: z.number().int().nonnegative() });

/**
 * One glossary link in a Markdown block: the term, and where its mention sits in the block's
 * linkable text (its rendered prose text, joined; see `linkableHastTexts`).
 */
export const TermLink = z.object({
  term: Id,
  at: z.number().int().nonnegative(),
  /** The mention as written; the page links it only where it finds exactly this text at `at`. */
  text: z.string().min(1),
});

/**
 * What a Markdown block needs at render, decided in the compile: never worked out again from
 * its text on the page.
 */
export const MarkdownRender = z.object({
  /** Glossary links in this block, in text order: each term at its first mention in its section. */
  termLinks: z.array(TermLink),
  /** Notes whose quote sits in this block's prose, marked where the quote is. */
  notes: z.array(TextNoteMark),
  /** Notes whose quote sits inside code or math of this block: their marker follows the block. */
  blockNotes: z.array(NoteMark),
  /** Ids of the code listings nested in this block, in document order. */
  listings: z.array(Id),
  /** Link and image targets in this block that lead nowhere on the site: shown as text, not links. */
  deadLinks: z.array(z.string()),
});

const blockBase = {
  id: Id,
  /** 1-based line of the block's first source line. */
  line: z.number().int().positive(),
};

/** Markdown (GFM + math) that the reader renders as it stands; may contain inline and list-nested display math. */
export const ProseBlock = z.object({ type: z.literal("prose"), ...blockBase, markdown: z.string().min(1), render: MarkdownRender });
/** A display formula standing on its own at the top level of a section. */
export const FormulaBlock = z.object({ type: z.literal("formula"), ...blockBase, latex: z.string().min(1), notes: z.array(NoteMark) });
export const CodeBlock = z.object({
  type: z.literal("code"),
  ...blockBase,
  lang: z.string().nullable(),
  code: z.string(),
  notes: z.array(NoteMark),
});
export const DiagramBlock = z.object({
  type: z.literal("diagram"),
  ...blockBase,
  /** 1-based figure number within the article. */
  number: z.number().int().positive(),
  source: z.string().min(1),
});
export const TableBlock = z.object({ type: z.literal("table"), ...blockBase, markdown: z.string().min(1), render: MarkdownRender });
export const FaqBlock = z.object({
  type: z.literal("faq"),
  ...blockBase,
  question: z.string().min(1),
  /** Markdown; may span several paragraphs and lists. */
  answer: z.string(),
  render: MarkdownRender,
});
export const ConceptBlock = z.object({
  type: z.literal("concept"),
  ...blockBase,
  term: z.string().min(1),
  aliases: z.array(z.string()),
  /** Markdown. */
  definition: z.string().min(1),
  render: MarkdownRender,
  /** The glossary entry for this concept (same term or a shared alias). */
  glossaryId: Id.nullable(),
});

export const Block = z.discriminatedUnion("type", [
  ProseBlock,
  FormulaBlock,
  CodeBlock,
  DiagramBlock,
  TableBlock,
  FaqBlock,
  ConceptBlock,
]);

export const Section = z.object({
  id: Id,
  /** "3.2.1", or null for an unnumbered heading. */
  number: z.string().nullable(),
  /** Without its number. */
  title: z.string().min(1),
  /** Markdown heading depth (2 for `##`). */
  level: z.number().int().min(1).max(6),
  kind: SectionKind,
  parentId: Id.nullable(),
  blocks: z.array(Block),
  /** Plain text of the section's own blocks (no headings of children), inline code and math as written: for search. */
  text: z.string(),
  /** ≤ 120 characters of the section's prose (or its first subsection's), for share cards. */
  excerpt: z.string(),
  /** 1-based line of the heading in the source file. */
  line: z.number().int().positive(),
});

export const Formula = z.object({
  id: Id,
  sectionId: Id,
  latex: z.string().min(1),
  display: z.boolean(),
  /** Id of the block that renders it: itself when top-level, else the prose/FAQ/concept/table block holding it. */
  blockId: Id.optional(),
});
export const Code = z.object({
  id: Id,
  sectionId: Id,
  lang: z.string().nullable(),
  code: z.string(),
  /** Id of the block that renders it: itself when top-level, else the prose/FAQ/concept block holding it. */
  blockId: Id.optional(),
});
export const Diagram = z.object({ id: Id, sectionId: Id, number: z.number().int().positive(), source: z.string() });
export const FaqItem = z.object({
  id: Id,
  sectionId: Id,
  question: z.string().min(1),
  answer: z.string(),
  /** The answer's plain text (no Markdown, code or math), one line per block: what search indexes. */
  text: z.string(),
  /** The answer as one line of plain text (no Markdown, code or math), at most 120 characters; may be empty. */
  excerpt: z.string(),
});
export const Concept = z.object({
  id: Id,
  term: z.string().min(1),
  aliases: z.array(z.string()),
  definition: z.string().min(1),
  sectionId: Id,
});

/** A day ("2024-03-01") as a source states it, or an instant (ISO 8601) from history. */
export const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const Article = z.object({
  slug: Id,
  /** Reading order (manifest order; files without an entry come after, by file name). */
  order: z.number().int(),
  title: z.string().min(1),
  /** Repo-relative path, e.g. content/articles/000_x.txt */
  source: z.string(),
  author: z.string().nullable(),
  keywords: z.array(z.string()),
  summary: z.string().nullable(),
  /** Characters of readable text (CJK + words), and minutes at ~400 CJK chars/min. */
  charCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  sections: z.array(Section).min(1),
  formulas: z.array(Formula),
  code: z.array(Code),
  diagrams: z.array(Diagram),
  faq: z.array(FaqItem),
  concepts: z.array(Concept),
  /** Preview cards for the glossary terms this article links, in order of first link. */
  linkedTerms: z.array(z.object({ id: Id, term: z.string(), english: z.string().nullable(), definition: z.string() })),
  /**
   * Dates (lib/content/dates.ts, filled in after parsing): `published` is the manifest's date
   * where it states one (`publishedStated`), else when the file joined the collection; `updated`
   * the last change to the file or its notes.
   */
  published: IsoDate.optional(),
  updated: IsoDate.optional(),
  publishedStated: z.boolean().optional(),
});

export const GlossaryDefinition = z.object({
  /** null for our own curated definition. */
  articleSlug: Id.nullable(),
  sectionId: Id.nullable(),
  /** Markdown, as written. */
  text: z.string().min(1),
  /** Plain text on one line: emphasis and link targets gone, code, math and raw HTML as written. */
  plain: z.string(),
  /** Editor's notes on its article whose quote this definition holds: the correction travels with the quote. */
  noteIds: z.array(Id),
});
/**
 * Another meaning one of a term's names has (推理: inference, but also reasoning). `contexts` are
 * phrases from the articles that contain the name and show the other meaning ("决策和推理").
 */
export const OtherSense = z.object({
  /** What the name means there, for editors and readers. */
  meaning: z.string().min(1),
  contexts: z.array(z.string().trim().min(1)).min(1),
});
/** The first mention of a term in a section with the words either side, for the term page's backlinks. */
export const Snippet = z.object({ before: z.string(), match: z.string().min(1), after: z.string() });
export const GlossaryMention = z.object({
  articleSlug: Id,
  sectionId: Id,
  count: z.number().int().positive(),
  /** Null when the first mention is not in the section's plain text (e.g. only in a table cell's markup). */
  snippet: Snippet.nullable(),
});

export const GlossaryTerm = z.object({
  id: Id,
  term: z.string().min(1),
  aliases: z.array(z.string()),
  /** Tone-less pinyin of `term`, syllables separated by spaces ("wei tiao"); empty for non-Chinese terms. */
  pinyin: z.string(),
  /** Pinyin initials ("wt"). */
  initials: z.string(),
  /** Pinyin with tone marks, for reading ("wēi tiáo"); empty for non-Chinese terms. */
  pinyinMarked: z.string(),
  definitions: z.array(GlossaryDefinition).min(1),
  mentions: z.array(GlossaryMention),
  related: z.array(Id),
  /** Phrases where a name of this term means something else; mentions inside them are not linked or counted. */
  otherSenses: z.array(OtherSense),
});

export const NoteSource = z.object({ title: z.string().min(1), url: z.string().url() });
export const Note = z.object({
  id: Id,
  articleSlug: Id,
  sectionId: Id,
  quote: z.string().min(1),
  kind: NoteKind,
  /** Markdown, our own words. */
  body: z.string().min(1),
  sources: z.array(NoteSource).min(1),
  /** Month the note's claims were last verified against its sources, YYYY-MM. */
  checked: z.string().regex(/^\d{4}-\d{2}$/),
  /** Set by the compile: reading-order number in the article, and the block holding the quote. */
  number: z.number().int().positive(),
  blockId: Id,
  /** When the note was added and last changed (lib/content/dates.ts). */
  published: IsoDate.optional(),
  updated: IsoDate.optional(),
});

export const Corpus = z.object({
  articles: z.array(Article),
  glossary: z.array(GlossaryTerm),
  notes: z.array(Note),
});

/* ---- Input files ---- */

export const ManifestEntry = z.object({
  file: z.string().min(1),
  slug: Id,
  /** Used only where the text names no title of its own. */
  title: z.string().min(1).optional(),
  /** The publication day the source itself states ("2024-03-01"); never guessed. */
  published: z.iso.date().optional(),
});
export const Manifest = z.array(ManifestEntry);

export const CuratedTerm = z
  .object({
    id: Id,
    term: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    definition: z.string().min(1),
    related: z.array(Id).default([]),
    otherSenses: z.array(OtherSense).default([]),
  })
  .superRefine((t, ctx) => {
    // A context must hold one of the term's names and more besides, or it would match nothing,
    // or every mention.
    const names = [t.term, ...t.aliases].map((n) => n.trim().toLowerCase()).filter(Boolean);
    t.otherSenses.forEach((sense, i) => {
      sense.contexts.forEach((context, j) => {
        const text = context.toLowerCase();
        if (!names.some((n) => text.includes(n) && text !== n)) {
          ctx.addIssue({
            code: "custom",
            path: ["otherSenses", i, "contexts", j],
            message: `context "${context}" must contain one of the names ${[t.term, ...t.aliases].join(", ")} plus neighbouring text`,
          });
        }
      });
    });
  });
export const GlossaryFile = z.array(CuratedTerm);

export const NoteInput = Note.omit({ sectionId: true, number: true, blockId: true, published: true, updated: true });
export const NotesFile = z.array(NoteInput);

/* ---- Problems: every message names a file and a line ---- */

export const Problem = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  severity: z.enum(["error", "warning"]),
  ruleId: z.string(),
  message: z.string(),
});

export type SectionKind = z.infer<typeof SectionKind>;
export type Block = z.infer<typeof Block>;
export type ProseBlock = z.infer<typeof ProseBlock>;
export type FormulaBlock = z.infer<typeof FormulaBlock>;
export type CodeBlock = z.infer<typeof CodeBlock>;
export type DiagramBlock = z.infer<typeof DiagramBlock>;
export type TableBlock = z.infer<typeof TableBlock>;
export type FaqBlock = z.infer<typeof FaqBlock>;
export type ConceptBlock = z.infer<typeof ConceptBlock>;
export type Section = z.infer<typeof Section>;
export type Formula = z.infer<typeof Formula>;
export type Code = z.infer<typeof Code>;
export type Diagram = z.infer<typeof Diagram>;
export type FaqItem = z.infer<typeof FaqItem>;
export type Concept = z.infer<typeof Concept>;
export type Article = z.infer<typeof Article>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type GlossaryDefinition = z.infer<typeof GlossaryDefinition>;
export type GlossaryMention = z.infer<typeof GlossaryMention>;
export type Snippet = z.infer<typeof Snippet>;
export type OtherSense = z.infer<typeof OtherSense>;
export type Note = z.infer<typeof Note>;
export type NoteMark = z.infer<typeof NoteMark>;
export type TextNoteMark = z.infer<typeof TextNoteMark>;
export type MarkdownRender = z.infer<typeof MarkdownRender>;
export type TermLink = z.infer<typeof TermLink>;
export type NoteKind = z.infer<typeof NoteKind>;
export type Corpus = z.infer<typeof Corpus>;
export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type CuratedTerm = z.infer<typeof CuratedTerm>;
export type NoteInput = z.infer<typeof NoteInput>;
export type Problem = z.infer<typeof Problem>;
