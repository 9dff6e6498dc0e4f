import type { Note } from "@/lib/content/schema";

export type NoteKind = Note["kind"];

/** The label a reader sees on a marker, a badge and in print. */
export const NOTE_KIND_LABEL: Readonly<Record<NoteKind, string>> = Object.freeze({
  correction: "勘误",
  context: "背景",
});

/** Longer wording for headings and counts ("3 条勘误"). */
export const NOTE_KIND_DESCRIPTION: Readonly<Record<NoteKind, string>> = Object.freeze({
  correction: "原文有误，这里给出更正",
  context: "原文不算错，但需要补充背景",
});
