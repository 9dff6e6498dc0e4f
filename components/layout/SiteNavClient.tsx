"use client";

import Link from "@/components/layout/PageLink";
import { usePathname } from "next/navigation";
import { articlesPrefix, glossaryIndexPath, homePath, notesPath } from "@/lib/routes";

const LINKS = [
  { href: homePath, label: "文章", within: [articlesPrefix] },
  { href: glossaryIndexPath, label: "术语表", within: [glossaryIndexPath] },
  { href: notesPath, label: "勘误注记", within: [notesPath] },
] as const;

/** "page" on the page itself, "true" anywhere inside its part of the site, else nothing. */
function currentFor(link: (typeof LINKS)[number], path: string): "page" | "true" | undefined {
  if (path === link.href) return "page";
  return link.within.some((prefix) => path.startsWith(prefix)) ? "true" : undefined;
}

/** The main navigation; the link for where the reader is carries aria-current (known at build, so no shift). */
export function SiteNavClient() {
  const pathname = usePathname() ?? "/";
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return (
    <nav aria-label="主导航" className="site-nav">
      {LINKS.map((link) => (
        <Link key={link.href} href={link.href} aria-current={currentFor(link, path)}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
