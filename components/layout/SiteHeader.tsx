import Link from "@/components/layout/IntentLink";
import { SearchLauncher } from "@/components/search/SearchLauncher";
import { SITE_NAME } from "@/lib/site";
import { ThemeToggleClient } from "./ThemeToggleClient";

export function SiteHeader() {
  return (
    <header className="site-header" id="top">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {SITE_NAME}
        </Link>
        <nav aria-label="主导航" className="site-nav">
          <Link href="/">文章</Link>
          <Link href="/glossary/">术语表</Link>
          <Link href="/notes/">勘误注记</Link>
        </nav>
        <div className="site-tools">
          <SearchLauncher />
          <ThemeToggleClient />
        </div>
      </div>
    </header>
  );
}
