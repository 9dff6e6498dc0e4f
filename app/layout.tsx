import "./globals.css";
import type { Metadata, Viewport } from "next";
import { type ReactNode, Suspense } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SearchLandingClient } from "@/components/search/SearchLandingClient";
import { appearanceInitScript } from "@/lib/render/inlineScripts";
import { PUBLIC_ORIGIN, SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "@/lib/site";
import { feedPath, notesFeedPath } from "@/lib/routes";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, locale: "zh_CN", type: "website" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The appearance attributes (data-theme, data-text-size, …) are set by the inline script before
    // paint, so the server markup cannot match them.
    // data-origin: the public origin share links are made from, when the build was given one.
    <html lang="zh-CN" suppressHydrationWarning data-origin={PUBLIC_ORIGIN ?? undefined}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: appearanceInitScript }} />
        {/* In the layout rather than metadata.alternates, which a page's own canonical would replace. */}
        <link rel="alternate" type="application/atom+xml" title={`${SITE_NAME} · 文章`} href={feedPath} />
        <link rel="alternate" type="application/atom+xml" title={`${SITE_NAME} · 勘误注记`} href={notesFeedPath} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        {/* It reads the query string, which a static page only knows in the browser. */}
        <Suspense fallback={null}>
          <SearchLandingClient />
        </Suspense>
        <div id="toast" className="toast" role="status" aria-live="polite" />
      </body>
    </html>
  );
}
