"use client";

/**
 * The link button beside a heading or FAQ question. Without JavaScript it is a plain permalink;
 * with it, it copies the absolute URL (or opens the share sheet on touch devices) and confirms.
 */
export function ShareLinkClient({ path, id, title }: { path: string; id: string; title: string }) {
  async function share(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(`${path}#${id}`, window.location.origin).href;
    const touch = window.matchMedia("(pointer: coarse)").matches;
    if (touch && typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch {
        // Dismissed or unsupported for this data: fall through to copying.
      }
    }
    let message = "链接已复制";
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      message = "无法复制，请从地址栏复制";
      window.location.hash = id;
    }
    showToast(message);
  }
  return (
    <a href={`#${id}`} className="share-link" onClick={share} title="复制链接">
      <span className="visually-hidden">复制「{title}」的链接</span>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M10 14a4 4 0 0 0 5.7 0l3.6-3.6a4 4 0 0 0-5.7-5.7L12 6.3M14 10a4 4 0 0 0-5.7 0l-3.6 3.6a4 4 0 0 0 5.7 5.7l1.6-1.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    </a>
  );
}

let toastTimer: number | undefined;

/** Writes into the layout's shared live region (#toast) so screen readers hear it too. */
function showToast(message: string) {
  const toast = document.getElementById("toast");
  if (!toast) return;
  toast.textContent = message;
  toast.classList.add("visible");
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    toast.classList.remove("visible");
    toast.textContent = "";
  }, 2200);
}
