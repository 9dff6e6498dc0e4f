"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/** The app router, or null where none is mounted (a component rendered on its own). */
function useOptionalRouter(): ReturnType<typeof useRouter> | null {
  try {
    return useRouter();
  } catch {
    return null;
  }
}

/**
 * `next/link` that prefetches on intent only — pointer over, keyboard focus or touch start —
 * instead of for every link that scrolls into view: a reader on a phone pays only for pages
 * they reach for.
 */
export default function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...rest }: ComponentProps<typeof NextLink>) {
  const router = useOptionalRouter();
  const target = typeof href === "string" ? href : null;
  const prefetch = () => {
    if (router && target?.startsWith("/")) router.prefetch(target);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      {...rest}
    />
  );
}
