import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Every link to another page of the site: client-side navigation without prefetching. Followed, a
 * link fetches that page's one payload (`index.txt`); nothing is fetched for links a reader only
 * scrolls past or points at, so the per-segment prefetch files are never requested and the build
 * does not keep them (lib/serve/prune.mjs).
 */
export default function PageLink(props: ComponentProps<typeof NextLink>) {
  return <NextLink {...props} prefetch={false} />;
}
