import { APPEARANCE, DARK_QUERY } from "@/lib/appearance";

/**
 * Inline scripts, kept static (no per-page content) so a Content-Security-Policy can allow them
 * by hash: the postbuild step hashes every inline script it finds in each page (lib/serve/headers.mjs).
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

/**
 * Runs at the top of an article page and of /notes/, before their sections and notes are parsed
 * (only those pages carry it): on a fresh load without a #fragment, marks <html> so the browser may
 * skip laying out article sections and notes until they near the viewport (`data-lazy-sections` in
 * app/globals.css and components/notes/notes.css) — a large part of those pages' start-up work. A
 * jump needs the real height of everything above its target, so a load with a fragment, a reload
 * (which restores a scroll offset) and a back/forward visit lay out everything, and so does the
 * page once the reader follows a link with a fragment, presses Enter (search results) or Tab (focus
 * moves the page to far elements), or moves through history.
 * Such a fresh visit to the page's top is also marked for good (`data-fresh-visit`): the article's
 * offer to resume reading (ResumeReadingClient) shows only then, by the same rule.
 */
export const lazySectionsInitScript = `(function(){var d=document.documentElement,n=null;try{n=performance.getEntriesByType("navigation")[0]}catch(e){}if(location.hash||!n||n.type!=="navigate")return;d.setAttribute("data-fresh-visit","");d.setAttribute("data-lazy-sections","");var o={capture:true};function off(){d.removeAttribute("data-lazy-sections");removeEventListener("click",click,o);removeEventListener("keydown",key,o);removeEventListener("popstate",off);removeEventListener("hashchange",off)}function click(e){var t=e.target;if(t&&t.closest&&t.closest("a[href*='#']"))off()}function key(e){if(e.key==="Enter"||e.key==="Tab")off()}addEventListener("click",click,o);addEventListener("keydown",key,o);addEventListener("popstate",off);addEventListener("hashchange",off)})();`;
