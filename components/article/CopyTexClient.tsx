"use client";

import { useEffect } from "react";

/**
 * Copying a selection that holds formulas puts their LaTeX source ($…$, $$…$$) on the clipboard
 * as plain text (KaTeX's copy-tex). Mounted only on pages with math; the module is fetched then.
 */
export function CopyTexClient() {
  useEffect(() => {
    import("katex/contrib/copy-tex");
  }, []);
  return null;
}
