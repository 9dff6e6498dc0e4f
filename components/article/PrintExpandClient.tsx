"use client";

import { useEffect } from "react";

/** Printing opens every FAQ answer (closed <details> would print only the question), then restores them. */
export function PrintExpandClient() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    function beforePrint() {
      opened = Array.from(document.querySelectorAll<HTMLDetailsElement>(".faq > details:not([open])"));
      for (const d of opened) d.open = true;
    }
    function afterPrint() {
      for (const d of opened) d.open = false;
      opened = [];
    }
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
    };
  }, []);
  return null;
}
