"use client";

import { useEffect } from "react";

/**
 * Smooth scrolling for the jumps a reader makes on the page (table of contents, back to top), but
 * not for landing on a link with a #fragment, which would glide through the whole article on load
 * while phones paint the sticky header out of place. CSS smooths scrolling only once <html> carries
 * data-scroll-behavior="smooth", set here after the load's own jump; the same attribute tells
 * Next.js to jump, not glide, to the top of the next page on client navigation.
 */
export function SmoothScrollClient() {
  useEffect(() => {
    let frame = 0;
    const enable = () => {
      // Two frames: the browser's fragment jump on load has been laid out and done.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          document.documentElement.dataset.scrollBehavior = "smooth";
        });
      });
    };
    if (document.readyState === "complete") enable();
    else window.addEventListener("load", enable, { once: true });
    return () => {
      window.removeEventListener("load", enable);
      cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
