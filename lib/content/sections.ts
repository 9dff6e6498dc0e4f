import type { Heading, RootContent } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import "./fileData";
import { fail, warn } from "./problems";
import { toString as mdToString } from "mdast-util-to-string";
import { kindFromTitle } from "./kind";
import type { SectionKind } from "./schema";
import { pinyinSlug, UniqueIds } from "./slug";

/** A section before its nodes are classified into blocks. */
export interface RawSection {
  id: string;
  number: string | null;
  title: string;
  level: number;
  kind: SectionKind;
  parentId: string | null;
  line: number;
  /** Top-level nodes up to the next section heading; FAQ question headings stay in here. */
  nodes: RootContent[];
}

export interface DuplicateNumber {
  number: string;
  /** The later heading's place in the file. */
  place: Position | undefined;
  firstLine: number;
  id: string;
}

const NUMBER = /^(\d+(?:\.\d+)*)(?:\.\s*|\s+)(\S[\s\S]*)$/;
const BARE_NUMBER = /^(\d+(?:\.\d+)*)\.?$/;
/** Ids the page also uses for blocks; a heading slug must not take one of them. */
const BLOCK_ID = /^(?:s|f|code|fig|t|faq|c|p)-\d/;
const QUESTION_MARK = /^(?:Q\s*\d*|问)\s*[.:：、．)）]\s*/i;

/** `## 3.2.1 模型压缩` → number "3.2.1", title "模型压缩"; a trailing colon (`#### 优点：`) is punctuation, not title. */
export function splitNumber(text: string): { number: string | null; title: string } {
  const trimmed = text.trim().replace(/(?<=\S)\s*[：:]$/, "");
  const bare = BARE_NUMBER.exec(trimmed);
  if (bare) return { number: bare[1], title: trimmed };
  const m = NUMBER.exec(trimmed);
  return m ? { number: m[1], title: m[2].trim() } : { number: null, title: trimmed };
}

export function headingText(node: Heading): string {
  return mdToString(node).replace(/\s+/g, " ").trim();
}

/** Inside a FAQ section a sub-heading is a question when numbered, marked `Q1.`/`问：`, or ending in ？. */
export function questionFromHeading(text: string): string | null {
  const { number, title } = splitNumber(text);
  const unmarked = title.replace(QUESTION_MARK, "").trim();
  if (number !== null || QUESTION_MARK.test(title) || /[？?]$/.test(title)) return unmarked || null;
  return null;
}

export const INTRO_TITLE = "引言";
/** Title for a heading with no text, reported as a warning. */
export const UNTITLED = "未命名章节";

/**
 * Turns headings into a flat list of sections with parents, ids and kinds. Headings inside a FAQ
 * section are questions, not sections; a plain sub-heading there (003's `### 常见问题与解答`) is dropped.
 */
export function sectionize(body: readonly RootContent[]): { sections: RawSection[]; duplicates: DuplicateNumber[]; untitled: (Position | undefined)[] } {
  const sections: RawSection[] = [];
  const duplicates: DuplicateNumber[] = [];
  const untitled: (Position | undefined)[] = [];
  const ids = new UniqueIds();
  const numberLines = new Map<string, number>();
  const open: RawSection[] = [];
  let faqOwner: RawSection | null = null;
  let current: RawSection | null = null;

  for (const node of body) {
    if (node.type !== "heading") {
      if (!current) {
        current = {
          id: ids.claim("intro"),
          number: null,
          title: INTRO_TITLE,
          level: 2,
          kind: "other",
          parentId: null,
          line: node.position?.start.line ?? 1,
          nodes: [],
        };
        sections.push(current);
      }
      current.nodes.push(node);
      continue;
    }
    const text = headingText(node);
    if (faqOwner && node.depth > faqOwner.level) {
      if (questionFromHeading(text)) faqOwner.nodes.push(node);
      continue;
    }
    const { number, title } = splitNumber(text);
    while (open.length && open[open.length - 1].level >= node.depth) open.pop();
    const parent = open[open.length - 1] ?? null;
    const line = node.position?.start.line ?? 1;
    let wanted = number ? `s-${number.replace(/\./g, "-")}` : pinyinSlug(title) || "section";
    if (!number && BLOCK_ID.test(wanted)) wanted = `h-${wanted}`;
    const id = ids.claim(wanted);
    if (number) {
      const firstLine = numberLines.get(number);
      if (firstLine !== undefined) duplicates.push({ number, place: node.position, firstLine, id });
      else numberLines.set(number, line);
    }
    if (!text) untitled.push(node.position);
    const ownKind = kindFromTitle(title);
    current = {
      id,
      number,
      title: title || text || UNTITLED,
      level: node.depth,
      kind: ownKind ?? parent?.kind ?? "other",
      parentId: parent?.id ?? null,
      line,
      nodes: [],
    };
    sections.push(current);
    open.push(current);
    faqOwner = ownKind === "faq" ? current : null;
  }
  return { sections, duplicates, untitled };
}

/** Step: splits the content (`file.data.meta.body`) into `file.data.sections`, reporting odd headings. */
export function remarkSections() {
  return (_tree: unknown, file: VFile) => {
    const { sections, duplicates, untitled } = sectionize(file.data.meta?.body ?? []);
    for (const place of untitled) warn(file, "empty-heading", `Heading has no text; titled “${UNTITLED}”`, place);
    for (const d of duplicates) {
      warn(file, "duplicate-section-number", `Section number ${d.number} already used at line ${d.firstLine}; id made unique as "${d.id}"`, d.place);
    }
    if (sections.length === 0) fail(file, "no-sections", "Article has no content after its title and metadata");
    file.data.sections = sections;
  };
}
