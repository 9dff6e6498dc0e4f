import { bundledLanguages, createHighlighter, type Highlighter } from "shiki";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { ensureContrast } from "./contrast";

/**
 * Build-time syntax highlighting. Both themes are emitted as CSS variables
 * (--shiki-light / --shiki-dark) so the page's theme switch recolours code without JavaScript.
 */

const THEMES = { light: "github-light", dark: "github-dark" } as const;

/** Fence labels that mean "no language": shown as plain text. */
const PLAIN = new Set(["", "text", "txt", "plain", "plaintext", "output", "console-output"]);

let highlighter: Promise<Highlighter> | null = null;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [THEMES.light, THEMES.dark],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

/** The shiki language id for a fence label, or null when it should be shown plainly. */
export function highlightLanguage(lang: string | null | undefined): string | null {
  const id = (lang ?? "").trim().toLowerCase();
  if (PLAIN.has(id)) return null;
  return id in bundledLanguages ? id : null;
}

/** Human label for the code block header ("Python", "Bash", or the raw label). */
export function languageLabel(lang: string | null | undefined): string {
  const id = (lang ?? "").trim();
  if (!id || PLAIN.has(id.toLowerCase())) return "文本";
  const known: Record<string, string> = { python: "Python", bash: "Bash", sh: "Shell", shell: "Shell", js: "JavaScript", ts: "TypeScript", json: "JSON", yaml: "YAML" };
  return known[id.toLowerCase()] ?? id;
}

/**
 * Highlighted `<pre class="shiki">…</pre>` HTML for known languages; null for unknown or plain ones
 * so the caller renders the text itself (React escapes it).
 */
export async function highlightCode(code: string, lang: string | null | undefined, marked: ReadonlySet<number> = new Set()): Promise<string | null> {
  const language = highlightLanguage(lang);
  if (!language) return null;
  const hl = await getHighlighter();
  if (!hl.getLoadedLanguages().includes(language)) {
    await hl.loadLanguage(language as keyof typeof bundledLanguages);
  }
  const html = hl.codeToHtml(code.replace(/\n$/, ""), {
    lang: language,
    themes: THEMES,
    defaultColor: false,
    // Lines an editor's note quotes are marked, like a <mark> in text.
    transformers: [
      {
        line(node, line) {
          if (marked.has(line)) this.addClassToHast(node, "note-line");
        },
      },
    ],
  });
  return withReadableColors(html);
}

/** Raises token colours that miss WCAG AA against the theme's own code background. */
function withReadableColors(html: string): string {
  const lightBg = /--shiki-light-bg:(#[0-9a-f]{6})/i.exec(html)?.[1] ?? "#ffffff";
  const darkBg = /--shiki-dark-bg:(#[0-9a-f]{6})/i.exec(html)?.[1] ?? "#24292e";
  return html.replace(/--shiki-(light|dark):(#[0-9a-f]{6})/gi, (_, theme: string, color: string) => {
    return `--shiki-${theme}:${ensureContrast(color, theme === "light" ? lightBg : darkBg)}`;
  });
}
