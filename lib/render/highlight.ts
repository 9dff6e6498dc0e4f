import { bundledLanguages, createHighlighter, type Highlighter } from "shiki";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { ensureContrast } from "./contrast";

/**
 * Build-time syntax highlighting. Both themes are emitted as CSS variables so the page's theme
 * switch recolours code without JavaScript: `--cl` / `--cd` (code light / dark; short, because
 * every token carries them) and `--cl-bg` / `--cd-bg` on the <pre>. A token in the code's own
 * foreground colour is left as plain text and inherits the <pre>'s variables: about half of all
 * tokens, a third of a listing's bytes.
 */

const THEMES = { l: "github-light", d: "github-dark" } as const;
const VARIABLE_PREFIX = "--c";

/** Fence labels that mean "no language": shown as plain text. */
const PLAIN = new Set(["", "text", "txt", "plain", "plaintext", "output", "console-output"]);

type ThemeColours = Record<keyof typeof THEMES, string>;

/** The highlighter, with each theme's foreground and background read once. */
interface Themed {
  readonly hl: Highlighter;
  readonly foreground: ThemeColours;
  readonly background: ThemeColours;
}

let highlighter: Promise<Themed> | null = null;

function getHighlighter(): Promise<Themed> {
  highlighter ??= createHighlighter({
    themes: [THEMES.l, THEMES.d],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  }).then((hl) => {
    const [l, d] = [hl.getTheme(THEMES.l), hl.getTheme(THEMES.d)];
    return { hl, foreground: { l: l.fg, d: d.fg }, background: { l: l.bg, d: d.bg } };
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
  const { hl, foreground, background } = await getHighlighter();
  if (!hl.getLoadedLanguages().includes(language)) {
    await hl.loadLanguage(language as keyof typeof bundledLanguages);
  }
  return hl.codeToHtml(code.replace(/\n$/, ""), {
    lang: language,
    themes: THEMES,
    defaultColor: false,
    cssVariablePrefix: VARIABLE_PREFIX,
    transformers: [
      {
        span(node) {
          node.properties.style = tokenStyle(String(node.properties.style ?? ""), foreground, background);
        },
        line(node, line) {
          // Tokens in the foreground colour become plain text of the line.
          node.children = node.children.flatMap((child) =>
            child.type === "element" && child.tagName === "span" && !child.properties.style ? child.children : [child],
          );
          // Lines an editor's note quotes are marked, like a <mark> in text.
          if (marked.has(line)) this.addClassToHast(node, "note-line");
        },
      },
    ],
  });
}

/**
 * A token's style with each theme's colour raised to WCAG AA against that theme's code background
 * (some github-light / github-dark colours fall just under), or none when both colours are the
 * code's own foreground.
 */
function tokenStyle(style: string, foreground: ThemeColours, background: ThemeColours): string | undefined {
  const declared = new Map(style.split(";").map((declaration) => declaration.split(":") as [string, string | undefined]));
  const l = declared.get(`${VARIABLE_PREFIX}l`);
  const d = declared.get(`${VARIABLE_PREFIX}d`);
  if (!l || !d) return style || undefined;
  if (l.toLowerCase() === foreground.l.toLowerCase() && d.toLowerCase() === foreground.d.toLowerCase()) return undefined;
  return `${VARIABLE_PREFIX}l:${ensureContrast(l, background.l)};${VARIABLE_PREFIX}d:${ensureContrast(d, background.d)}`;
}
