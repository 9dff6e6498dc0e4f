import type { Metadata } from "next";
import { GlossaryList, LetterBar } from "@/components/glossary/GlossaryList";
import { GlossarySearchClient } from "@/components/glossary/GlossarySearchClient";
import { compiledCorpus } from "@/lib/content/artifact";
import { groupByLetter, sortGlossary } from "@/lib/glossary/entries";
import "@/components/glossary/glossary.css";
import { glossaryIndexPath } from "@/lib/routes";

const title = "术语表";
const description = "五篇文章用到的 AI 基础设施术语：中文名、英文名、释义，以及每个术语在文章中出现的位置。";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: glossaryIndexPath },
  openGraph: { title, description, url: glossaryIndexPath },
};

export default function GlossaryPage() {
  const sorted = sortGlossary(compiledCorpus().glossary);
  const groups = groupByLetter(sorted);
  return (
    <div className="glossary-page">
      <header className="glossary-header">
        <h1>术语表</h1>
        <p className="muted">共 {sorted.length} 个术语，按拼音首字母排列。点开术语可看释义、原文定义和它在各篇文章中出现的位置。</p>
      </header>
      <GlossarySearchClient>
        <LetterBar groups={groups} />
        <GlossaryList groups={groups} />
      </GlossarySearchClient>
    </div>
  );
}
