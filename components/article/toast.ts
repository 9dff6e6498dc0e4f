let toastTimer: number | undefined;

/** Writes into the layout's shared live region (#toast) so screen readers hear it too. */
export function showToast(message: string): void {
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
