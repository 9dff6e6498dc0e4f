/**
 * Inline scripts, kept static (no per-page content) so a Content-Security-Policy can allow them
 * by hash. The server hashes exactly these strings.
 */

/** localStorage key holding the reader's explicit theme choice ("light" | "dark"). */
export const THEME_STORAGE_KEY = "theme";

/**
 * Runs in <head> before first paint: an explicit choice wins, otherwise the system setting.
 * Without it the page would flash light before a dark reader's preference applied.
 */
export const themeInitScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme="light"}})();`;

/** Every inline script the site emits, for CSP hashing. */
export const inlineScripts: readonly string[] = [themeInitScript];
