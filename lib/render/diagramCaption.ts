import type { Block, Section } from "@/lib/content/schema";

const MAX_CAPTION = 60;

/** Markdown prose → plain text good enough for a caption (emphasis, code ticks and math delimiters dropped). */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`$>#]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A diagram's caption: the sentence that introduces it ("…可以通过以下流程图来展示："), when the
 * prose right before it ends with one; otherwise the section title.
 */
export function diagramCaption(section: Section, blockIndex: number): string {
  const before: Block | undefined = section.blocks[blockIndex - 1];
  if (before?.type === "prose") {
    const lastLine = plain(before.markdown.trim().split("\n").at(-1) ?? "");
    const sentences = lastLine.split(/(?<=[。！？!?])/).filter((s) => s.trim());
    const last = (sentences.at(-1) ?? "").replace(/[：:，,。\s]+$/, "").trim();
    if (last.length >= 4 && last.length <= MAX_CAPTION) return last;
  }
  return section.title;
}
