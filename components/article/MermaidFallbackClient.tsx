"use client";

import type { WindowLike } from "dompurify";
import { useEffect, useRef, useState } from "react";
import type { SanitizedSvg } from "@/lib/render/diagramPurifier";

/**
 * Used only when the build had no browser to render a diagram: Mermaid is imported when the
 * diagram nears the viewport (its space is reserved meanwhile) and draws it in the page's theme,
 * again whenever the theme changes; on failure the source is shown. Its SVG is sanitized with the
 * build's allow-list before it is inlined, as a prerendered diagram's is.
 */
export function MermaidFallbackClient({ id, source }: { id: string; source: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const root = document.documentElement;
    let drawn: string | null = null;
    let purify: ((svg: string) => SanitizedSvg) | null = null;
    let cancelled = false;

    async function draw() {
      const theme = root.dataset.theme === "dark" ? "dark" : "light";
      if (!el || drawn === theme) return;
      drawn = theme;
      try {
        const [{ default: mermaid }, { createDiagramPurifier }] = await Promise.all([import("mermaid"), import("@/lib/render/diagramPurifier")]);
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: theme === "dark" ? "dark" : "default" });
        const { svg } = await mermaid.render(`${id}-client`, source);
        // A theme switch while drawing: the newer drawing wins.
        if (cancelled || drawn !== theme) return;
        // The same allow-list as the diagrams rendered at build, in the reader's own DOM.
        purify ??= createDiagramPurifier(window as unknown as WindowLike);
        el.innerHTML = purify(svg).svg;
        el.classList.add("rendered");
        // The SVG now describes itself (aria-roledescription); drop the loading placeholder's name.
        el.removeAttribute("role");
        el.removeAttribute("aria-label");
      } catch {
        if (!cancelled) setFailed(true);
      }
    }

    const visible = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        visible.disconnect();
        void draw();
      },
      { rootMargin: "400px" },
    );
    // The appearance menu, or the system under 跟随系统, changed data-theme: redraw once drawn.
    const themed = new MutationObserver(() => {
      if (drawn !== null) void draw();
    });
    visible.observe(el);
    themed.observe(root, { attributes: true, attributeFilter: ["data-theme"] });
    return () => {
      cancelled = true;
      visible.disconnect();
      themed.disconnect();
    };
  }, [id, source]);

  if (failed) {
    return (
      <pre className="diagram-failed">
        <code>{source}</code>
      </pre>
    );
  }
  return <div ref={box} className="diagram-client" role="img" aria-label="图表加载中" />;
}
