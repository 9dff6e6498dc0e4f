import { APPEARANCE, DARK_QUERY } from "@/lib/appearance";

/**
 * Inline scripts, kept static (no per-page content) so a Content-Security-Policy can allow them
 * by hash. The server hashes exactly these strings.
 */

/** [storage key, allowed values, initial value] per setting, as the script below reads them. */
const settings = JSON.stringify(Object.values(APPEARANCE).map(({ key, values, initial }) => [key, values, initial]));

/**
 * Runs in <head> before first paint and sets every appearance attribute on <html> (text size,
 * column width, theme, term previews) from what the reader stored, so nothing flashes or shifts
 * once the page shows. Mirrors `applyAppearance` in lib/appearance.ts, which takes over after
 * hydration; "system" resolves to the current light or dark preference.
 */
export const appearanceInitScript = `(function(){var d=document.documentElement,s=null,k=false;try{s=localStorage}catch(e){}try{k=matchMedia(${JSON.stringify(DARK_QUERY)}).matches}catch(e){}${settings}.forEach(function(p){var v=null;try{v=s&&s.getItem(p[0])}catch(e){}if(p[1].indexOf(v)<0)v=p[2];if(p[0]==="theme"&&v==="system")v=k?"dark":"light";d.setAttribute("data-"+p[0],v)})})();`;

/** Every inline script the site emits, for CSP hashing. */
export const inlineScripts: readonly string[] = [appearanceInitScript];
