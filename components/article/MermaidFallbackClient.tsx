"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Used only when the build had no browser to render a diagram: Mermaid is imported when the
 * diagram nears the viewport (its space is reserved meanwhile); on failure the source is shown.
 */
export function MermaidFallbackClient({ id, source }: { id: string; source: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      async (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        try {
          const { default: mermaid } = await import("mermaid");
          const dark = document.documentElement.dataset.theme === "dark";
          mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
          const { svg } = await mermaid.render(`${id}-client`, source);
          el.innerHTML = svg;
          el.classList.add("rendered");
          // The SVG now describes itself (aria-roledescription); drop the loading placeholder's name.
          el.removeAttribute("role");
          el.removeAttribute("aria-label");
        } catch {
          setFailed(true);
        }
      },
      { rootMargin: "400px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
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
