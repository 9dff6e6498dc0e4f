import Link from "@/components/layout/PageLink";
import { SearchLauncher } from "@/components/search/SearchLauncher";
import { SITE_NAME } from "@/lib/site";
import { AppearanceMenuClient } from "./AppearanceMenuClient";
import { SmoothScrollClient } from "./SmoothScrollClient";
import { SiteNavClient } from "./SiteNavClient";

export function SiteHeader() {
  return (
    <header className="site-header" id="top">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {SITE_NAME}
        </Link>
        <SiteNavClient />
        <div className="site-tools">
          <SearchLauncher />
          <AppearanceMenuClient />
        </div>
      </div>
      <SmoothScrollClient />
    </header>
  );
}
