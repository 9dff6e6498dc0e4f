import type { RootContent } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { questionFromHeading } from "./sections";
import { sliceNodes } from "./text";

export interface RawFaqItem {
  question: string;
  /** Markdown with the answer marker (`A:`, `A1.`, `答：`) stripped; may be empty. */
  answer: string;
  line: number;
  /** Every node of the item, question included, in document order. */
  nodes: RootContent[];
}

const Q_MARK = /^(?:Q\s*\d*|问)\s*[.:：、．]\s*/i;
const A_MARK = /^\s*(?:\*\*|__)?\s*(?:A\s*\d*|答)\s*[.:：、．]\s*(?:\*\*|__)?[ \t]*/i;
/** An answer marker opening a line inside the question paragraph (`问：…\n答：…`). */
const A_LINE = /\n\s*(?:\*\*|__)?\s*(?:A\s*\d*|答)\s*[.:：、．]/i;

function sourceOf(node: RootContent, source: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : "";
}

/** The question a node asks, or null: a question heading, a bold `**Q1：…**` line, or a plain `问：…`/`Q1:` line. */
export function questionOf(node: RootContent, source: string): { question: string; rest: string } | null {
  if (node.type === "heading") {
    const q = questionFromHeading(mdToString(node));
    return q ? { question: q, rest: "" } : null;
  }
  if (node.type !== "paragraph") return null;
  const raw = sourceOf(node, source);
  const split = A_LINE.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const rest = split ? raw.slice(split.index + 1) : "";
  const headText = head
    .replace(/^\s*(\*\*|__)|(\*\*|__)\s*$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const first = node.children[0];
  const bold = first?.type === "strong" && node.children.every((c, i) => i === 0 || (c.type === "text" && !c.value.trim()));
  if (Q_MARK.test(headText)) return { question: headText.replace(Q_MARK, "").trim(), rest };
  if (bold && /[？?]$/.test(headText) && !split) return { question: headText, rest };
  return null;
}

export function stripAnswerMarker(markdown: string): string {
  return markdown.replace(A_MARK, "").trim();
}

/**
 * Splits a FAQ section into questions and answers. An answer is every node up to the next question,
 * so it may span paragraphs and lists. Nodes before the first question are returned as `leading`;
 * the article's closing paragraph after the last answer (通过本文……) as `trailing`.
 */
/** A closing paragraph of the whole article that happens to follow the last answer. */
const CLOSING = /^(?:通过(?:本文|以上)|综上|总之|总而言之)/;

export function extractFaq(
  nodes: readonly RootContent[],
  source: string,
): { leading: RootContent[]; items: RawFaqItem[]; trailing: RootContent[] } {
  const leading: RootContent[] = [];
  const items: (RawFaqItem & { answerParts: RootContent[]; inline: string })[] = [];
  for (const node of nodes) {
    const q = questionOf(node, source);
    if (q) {
      items.push({ question: q.question, answer: "", line: node.position?.start.line ?? 1, nodes: [node], answerParts: [], inline: q.rest });
      continue;
    }
    const item = items[items.length - 1];
    if (item) {
      item.nodes.push(node);
      item.answerParts.push(node);
    } else if (node.type !== "heading") leading.push(node);
  }
  const trailing: RootContent[] = [];
  const last = items[items.length - 1];
  while (last && last.answerParts.length > 1) {
    const end = last.answerParts[last.answerParts.length - 1];
    if (end.type !== "paragraph" || !CLOSING.test(mdToString(end))) break;
    trailing.unshift(end);
    last.answerParts.pop();
    last.nodes.pop();
  }
  return {
    leading,
    trailing,
    items: items.map(({ answerParts, inline, ...item }) => {
      const parts = [inline.trim(), sliceNodes(source, answerParts)].filter(Boolean);
      return { ...item, answer: stripAnswerMarker(parts.join("\n\n")) };
    }),
  };
}
