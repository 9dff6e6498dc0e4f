import type { ComponentProps } from "react";

/**
 * Every link to another page of the site: a plain anchor, so following it loads that page's
 * document, as a term link inside an article always has. Pages are static HTML that paints before
 * any script runs, so a document load shows the page no later than rendering its React payload in
 * place would (npm run bench:nav), and the build keeps no payload files for links to fetch
 * (lib/serve/prune.mjs). Nothing is fetched for links a reader only scrolls past or points at.
 */
export default function PageLink(props: ComponentProps<"a"> & { href: string }) {
  return <a {...props} />;
}
