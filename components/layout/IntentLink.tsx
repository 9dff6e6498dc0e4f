"use client";

import NextLink from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * `next/link` that prefetches on intent only — pointer over, keyboard focus or touch start —
 * instead of for every link that scrolls into view: a reader on a phone pays only for pages
 * they reach for. Once intent is shown the link prefetches as Next would (it is in view then).
 */
export default function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...rest }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      {...rest}
    />
  );
}
