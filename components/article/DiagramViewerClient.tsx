"use client";

import { useRef, useState } from "react";

const MIN_SCALE = 0.25;
const MAX_SCALE = 6;

/**
 * Full-screen view of the diagram it sits beside, with zoom (buttons, wheel) and pan (drag).
 * It copies the visible SVG from the page, renaming ids so markers still resolve.
 */
export function DiagramViewerClient({ label }: { label: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);

  function open(event: React.MouseEvent<HTMLButtonElement>) {
    const figure = event.currentTarget.closest("figure");
    const visible = Array.from(figure?.querySelectorAll<HTMLElement>(".diagram-svg, .diagram-client") ?? []).find(
      (el) => el.offsetParent !== null,
    );
    if (!visible || !stage.current || !dialog.current) return;
    stage.current.innerHTML = visible.innerHTML.replace(/\bid="([^"]+)"/g, 'id="$1-zoom"').replace(/#([\w-]+)\)/g, "#$1-zoom)");
    setView({ scale: 1, x: 0, y: 0 });
    dialog.current.showModal();
  }

  function zoom(factor: number) {
    setView((v) => ({ ...v, scale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, v.scale * factor)) }));
  }

  return (
    <>
      <button type="button" className="diagram-zoom" onClick={open}>
        全屏查看
      </button>
      <dialog ref={dialog} className="diagram-dialog" aria-label={label}>
        <div className="diagram-dialog-bar">
          <span className="diagram-dialog-title">{label}</span>
          <button type="button" onClick={() => zoom(1.25)} aria-label="放大">
            ＋
          </button>
          <button type="button" onClick={() => zoom(0.8)} aria-label="缩小">
            －
          </button>
          <button type="button" onClick={() => setView({ scale: 1, x: 0, y: 0 })}>
            还原
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            关闭
          </button>
        </div>
        <div
          className="diagram-dialog-viewport"
          onWheel={(e) => zoom(e.deltaY < 0 ? 1.1 : 0.9)}
          onPointerDown={(e) => {
            drag.current = { x: e.clientX - view.x, y: e.clientY - view.y };
            e.currentTarget.setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            const start = drag.current;
            if (start) setView((v) => ({ ...v, x: e.clientX - start.x, y: e.clientY - start.y }));
          }}
          onPointerUp={() => {
            drag.current = null;
          }}
        >
          <div
            ref={stage}
            className="diagram-dialog-stage"
            style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          />
        </div>
      </dialog>
    </>
  );
}
