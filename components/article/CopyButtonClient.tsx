"use client";

import { useState } from "react";

/** Copies the text of the code block it sits in; reads the DOM so the code is not shipped twice. */
export function CopyButtonClient() {
  const [status, setStatus] = useState("");
  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const pre = event.currentTarget.closest(".code-block")?.querySelector("pre");
    try {
      await navigator.clipboard.writeText(pre?.textContent ?? "");
      setStatus("已复制");
    } catch {
      setStatus("复制失败，请手动选择");
    }
    window.setTimeout(() => setStatus(""), 2000);
  }
  return (
    <>
      <button type="button" className="code-copy" onClick={copy}>
        {status === "已复制" ? "已复制" : "复制"}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </>
  );
}
