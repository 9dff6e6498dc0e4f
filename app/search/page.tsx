import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchPageClient, SearchPageFallback } from "@/components/search/SearchPageClient";
import { searchPagePath } from "@/lib/routes";

export const metadata: Metadata = {
  title: "搜索",
  description: "在五篇文章的章节、问答与术语中全文搜索。",
  alternates: { canonical: searchPagePath },
};

export default function SearchPage() {
  // The query lives in ?q=, which only the browser knows on a static host.
  return (
    <Suspense fallback={<SearchPageFallback />}>
      <SearchPageClient />
    </Suspense>
  );
}
