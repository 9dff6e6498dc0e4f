"use client";

import type { PanzoomObject } from "@panzoom/panzoom";
import { type KeyboardEvent, useEffect, useRef } from "react";

/** One button press zooms by a quarter; the wheel and pinch zoom smoothly around the pointer. */
const ZOOM_STEP = Math.log(1.25);
const PAN_STEP_PX = 48;

/**
 * The copied SVG with every id renamed, and every reference to one (its own <style> rules,
 * url(#…) markers, href="#…") renamed with it: the page keeps its copy, and two elements with
 * one id would make the viewer's drawing lose its styles and arrowheads.
 */
function withViewerIds(html: string): string {
  const ids = new Set(Array.from(html.matchAll(/\bid="([^"]+)"/g), (m) => m[1]));
  let out = html.replace(/\bid="([^"]+)"/g, 'id="$1-zoom"');
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`#${escaped}(?![\\w-])`, "g"), `#${id}-zoom`);
  }
  return out;
}

/** + − 0 and the arrows; false for any other key. */
function keyMove(key: string, zoomer: PanzoomObject): boolean {
  const pan = (x: number, y: number) => zoomer.pan(x, y, { relative: true });
  switch (key) {
    case "+":
    case "=":
      zoomer.zoomIn();
      return true;
    case "-":
      zoomer.zoomOut();
      return true;
    case "0":
      zoomer.reset();
      return true;
    case "ArrowLeft":
      pan(PAN_STEP_PX, 0);
      return true;
    case "ArrowRight":
      pan(-PAN_STEP_PX, 0);
      return true;
    case "ArrowUp":
      pan(0, PAN_STEP_PX);
      return true;
    case "ArrowDown":
      pan(0, -PAN_STEP_PX);
      return true;
    default:
      return false;
  }
}

/**
 * Full-screen view of the diagram it sits beside. It copies the visible SVG from the page (ids
 * renamed so markers still resolve) and hands the stage to @panzoom/panzoom: drag or one finger
 * pans, pinch and the wheel zoom around the fingers or the pointer, buttons and keys (+ − 0,
 * arrows) do the same from the keyboard. The library is fetched the first time a viewer opens.
 */
export function DiagramViewerClient({ label }: { label: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const panzoom = useRef<PanzoomObject | null>(null);

  useEffect(() => () => panzoom.current?.destroy(), []);

  async function open(event: React.MouseEvent<HTMLButtonElement>) {
    const figure = event.currentTarget.closest("figure");
    const visible = Array.from(figure?.querySelectorAll<HTMLElement>(".diagram-svg, .diagram-client") ?? []).find(
      (el) => el.offsetParent !== null,
    );
    if (!visible || !stage.current || !dialog.current || !viewport.current) return;
    const { default: Panzoom } = await import("@panzoom/panzoom");
    stage.current.innerHTML = withViewerIds(visible.innerHTML);
    dialog.current.showModal();
    panzoom.current?.destroy();
    // canvas: the whole viewport takes drags and pinches, not only the drawing itself.
    const zoomer = Panzoom(stage.current, { canvas: true, minScale: 0.25, maxScale: 8, step: ZOOM_STEP, cursor: "grab" });
    viewport.current.onwheel = zoomer.zoomWithWheel;
    panzoom.current = zoomer;
    viewport.current.focus();
  }

  function close() {
    if (viewport.current) viewport.current.onwheel = null;
    panzoom.current?.destroy();
    panzoom.current = null;
    dialog.current?.close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    const zoomer = panzoom.current;
    if (!zoomer || (event.target as HTMLElement).tagName === "BUTTON") return;
    if (keyMove(event.key, zoomer)) event.preventDefault();
  }

  return (
    <>
      <button type="button" className="diagram-zoom" onClick={open}>
        全屏查看
      </button>
      <dialog ref={dialog} className="diagram-dialog" aria-label={label} onKeyDown={onKeyDown} onClose={close}>
        <div className="diagram-dialog-bar">
          <span className="diagram-dialog-title">{label}</span>
          <button type="button" onClick={() => panzoom.current?.zoomIn()} aria-label="放大">
            ＋
          </button>
          <button type="button" onClick={() => panzoom.current?.zoomOut()} aria-label="缩小">
            －
          </button>
          <button type="button" onClick={() => panzoom.current?.reset()}>
            还原
          </button>
          <button type="button" onClick={close}>
            关闭
          </button>
        </div>
        <div
          ref={viewport}
          className="diagram-dialog-viewport"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the drawing pans and zooms with the arrow and +/− keys once focused.
          tabIndex={0}
          role="application"
          aria-label="图表画布：拖动平移，双指或滚轮缩放；键盘用方向键平移，＋ － 缩放，0 还原"
        >
          <div ref={stage} className="diagram-dialog-stage" />
        </div>
      </dialog>
    </>
  );
}
