import fs from "node:fs";
import path from "node:path";
import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { buildCorpus } from "@/lib/content";
import { readJsonList } from "@/lib/content/jsonFile";
import { parseMarkdown } from "@/lib/content/markdown";
import { formatReport, hasErrors, ProblemLog } from "@/lib/content/problems";
import { displayPath } from "@/lib/content/read";
import { NoteInput } from "@/lib/content/schema";
import { SITE_URL } from "@/lib/site";

/** One link to another site, where it is written: a note (its sources and body) or an article line. */
export interface ExternalLink {
  url: string;
  /** Repo-relative file and 1-based line of the URL. */
  file: string;
  line: number;
  /** What the report groups by: `note <id>` or `article <slug>`. */
  group: string;
}

export interface CollectOptions {
  /** Article folder; default content/articles. */
  dir?: string;
  /** Notes file; default `<dir>/notes.json` when that exists, else content/notes.json. */
  notesPath?: string;
  root?: string;
}

/** The absolute http(s) URL when `url` points to another site, else null (relative, mailto:, our own origin). */
export function externalUrl(url: string, siteUrl = SITE_URL): string | null {
  try {
    const target = new URL(url, `${siteUrl}/`);
    const external = /^https?:$/.test(target.protocol) && target.origin !== new URL(siteUrl).origin;
    return external ? target.href : null;
  } catch {
    return null;
  }
}

/** URLs of Markdown links, images and link definitions, with their line in the parsed text. */
function markdownUrls(nodes: readonly RootContent[]): { url: string; line: number }[] {
  const found: { url: string; line: number }[] = [];
  visit({ type: "root", children: [...nodes] } as Root, (node) => {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.position) {
      found.push({ url: node.url, line: node.position.start.line });
    }
  });
  return found;
}

function articleLinks(options: CollectOptions, root: string): ExternalLink[] {
  const { parsed } = buildCorpus({ dir: options.dir, root });
  const links: ExternalLink[] = [];
  for (const { article, sectionNodes } of parsed) {
    // Normalization keeps line numbers, so a node's line is the line in the article file.
    for (const nodes of sectionNodes.values()) {
      for (const { url, line } of markdownUrls(nodes)) {
        const absolute = externalUrl(url);
        if (absolute) links.push({ url: absolute, file: article.source, line, group: `article ${article.slug}` });
      }
    }
  }
  return links;
}

function defaultNotesPath(options: CollectOptions, root: string): string {
  const own = options.dir ? path.resolve(root, options.dir, "notes.json") : null;
  return own && fs.existsSync(own) ? own : path.join(root, "content", "notes.json");
}

function noteLinks(options: CollectOptions, root: string): ExternalLink[] {
  const file = options.notesPath ? path.resolve(root, options.notesPath) : defaultNotesPath(options, root);
  const log = new ProblemLog();
  const { data: notes, source } = readJsonList(file, NoteInput, "notes", log, root);
  // A missing notes file is only a warning; invalid entries stop the check with file:line messages.
  if (hasErrors(log.list())) throw new Error(formatReport(log.list()));
  const shown = displayPath(file, root);
  const entries: unknown = JSON.parse(source.text);
  const links: ExternalLink[] = [];
  for (const note of notes ?? []) {
    const index = Array.isArray(entries) ? entries.findIndex((entry) => (entry as { id?: unknown })?.id === note.id) : -1;
    const add = (url: string, at: (string | number)[]) => {
      const absolute = externalUrl(url);
      if (absolute) links.push({ url: absolute, file: shown, line: source.place([index, ...at]).line, group: `note ${note.id}` });
    };
    for (const [i, { url }] of note.sources.entries()) add(url, ["sources", i, "url"]);
    // Links in the body are reported on the body's line: the JSON string holds the whole body.
    const body = parseMarkdown(new VFile({ value: note.body }));
    for (const { url } of markdownUrls(body.children)) add(url, ["body"]);
  }
  return links;
}

/** Every external URL in the articles and the editor's notes, in file order. */
export function collectExternalLinks(options: CollectOptions = {}): ExternalLink[] {
  const root = options.root ?? process.cwd();
  return [...noteLinks(options, root), ...articleLinks(options, root)];
}
