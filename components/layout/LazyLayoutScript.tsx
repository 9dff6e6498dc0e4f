import { lazySectionsInitScript } from "@/lib/render/inlineScripts";

/**
 * Lets the browser lay out a long page's sections or notes only as they near the viewport, until the
 * reader jumps within it (lib/render/inlineScripts.ts). Place it before the list it applies to: it
 * must run before that markup is parsed.
 */
export function LazyLayoutScript() {
  return <script dangerouslySetInnerHTML={{ __html: lazySectionsInitScript }} />;
}
