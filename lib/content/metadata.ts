import type { Root, RootContent } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import "./fileData";
import { fail } from "./problems";

export interface ArticleMeta {
  title: string | null;
  keywords: string[];
  summary: string | null;
  author: string | null;
  /** Article content: top-level nodes without the title, metadata lines and everything from the author line on. */
  body: RootContent[];
  /** 1-based line of the author line when it ended the article, else null. */
  authorLine: number | null;
}

const AUTHOR = /^作者\s*[:：]\s*(.+)$/;
const KEYWORDS = /^关键[词字]\s*[:：]\s*([\s\S]*)$/;
const SUMMARY = /^摘要\s*[:：]\s*([\s\S]*)$/;
/** 001 names its title only in the closing chatter: 以上就是关于“…”的完整文章. */
const CLOSING_TITLE = /关于\s*[“"「『《]([^”"」』》\n]+)[”"」』》]\s*的(?:完整)?(?:文章|内容|全文)/;
/** Sign-off lines addressed to the reader, not article content. */
const CHATTER = /^以上就是|希望(?:本文|这篇文章)?对您有所帮助/;

const text = (node: RootContent) => mdToString(node).trim();

function authorOf(node: RootContent): string | null {
  if (node.type !== "paragraph" && node.type !== "heading") return null;
  const value = text(node);
  if (value.includes("\n")) return null;
  return AUTHOR.exec(value)?.[1].trim() ?? null;
}

function labelled(node: RootContent, label: RegExp): string | null {
  if (node.type !== "paragraph" && node.type !== "blockquote") return null;
  return label.exec(text(node))?.[1].trim() ?? null;
}

export function splitKeywords(value: string): string[] {
  return value
    .split(/[,，、;；]/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** What may follow a closing author line: a few lines of chatter, never another section. */
const MAX_SIGN_OFF_NODES = 3;
const isSignOff = (after: readonly RootContent[]) =>
  after.length <= MAX_SIGN_OFF_NODES && after.every((n) => n.type !== "heading" || Boolean(authorOf(n)));

const isSectionHeading = (node: RootContent) => node.type === "heading" && node.depth >= 2 && !authorOf(node);

/**
 * Reads title, keywords, summary and author from the text and returns the remaining content.
 * Everything from an author line at the end is dropped (sign-offs talk to the reader), and so is a
 * heading whose only content was that author line (001's `## 12. 作者署名`).
 */
export function extractMetadata(tree: Root): ArticleMeta {
  const nodes = tree.children;
  const firstSection = nodes.findIndex(isSectionHeading);
  const frontEnd = firstSection < 0 ? nodes.length : firstSection;

  let author: string | null = null;
  let authorLine: number | null = null;
  let cut = nodes.length;
  for (let i = nodes.length - 1; i >= frontEnd; i--) {
    const name = authorOf(nodes[i]);
    if (name && isSignOff(nodes.slice(i + 1))) {
      author = name;
      cut = i;
      authorLine = nodes[i].position?.start.line ?? null;
      break;
    }
  }
  const tail = nodes.slice(cut);
  const content = nodes.slice(0, cut);
  while (content.length && content[content.length - 1].type === "thematicBreak") content.pop();
  const last = content[content.length - 1];
  if (authorLine !== null && last?.type === "heading" && content.length - 1 >= frontEnd) content.pop();
  while (content.length > frontEnd) {
    const end = content[content.length - 1];
    if (end.type === "paragraph" && CHATTER.test(text(end))) content.pop();
    else break;
  }
  const droppedChatter = nodes.slice(content.length, cut);

  let title: string | null = null;
  let keywords: string[] = [];
  let summary: string | null = null;
  const body: RootContent[] = content.slice(frontEnd);
  const front: RootContent[] = [];
  for (const node of content.slice(0, frontEnd)) {
    const kw = labelled(node, KEYWORDS);
    const sm = labelled(node, SUMMARY);
    const name = authorOf(node);
    if (node.type === "heading" && node.depth === 1 && title === null) title = text(node);
    else if (kw !== null) keywords = splitKeywords(kw);
    else if (sm !== null) summary = sm || null;
    else if (name) author ??= name;
    else front.push(node);
  }
  body.unshift(...front);

  if (title === null) {
    const closing = [...tail, ...droppedChatter].map(text).join("\n");
    title = CLOSING_TITLE.exec(closing)?.[1].trim() ?? null;
  }
  return { title, keywords, summary, author, body, authorLine };
}

/** Step: reads the metadata into `file.data.meta`; an article with no title anywhere is an error. */
export function remarkMetadata() {
  return (tree: Root, file: VFile) => {
    const meta = extractMetadata(tree);
    file.data.meta = meta;
    const entry = file.data.entry;
    if (!meta.title && !entry?.title) {
      fail(file, "missing-title", `No title: add a leading "# " heading or a "title" for ${entry?.fileName ?? file.basename} in the manifest`);
    }
  };
}
