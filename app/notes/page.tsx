import "@/components/notes/notes.css";
import type { Metadata } from "next";
import Link from "@/components/layout/PageLink";
import { NoteItem } from "@/components/notes/NoteItem";
import { NotesFilterClient } from "@/components/notes/NotesFilterClient";
import { LazyLayoutScript } from "@/components/layout/LazyLayoutScript";
import { compiledCorpus } from "@/lib/content/artifact";
import { articleNotes, noteCounts } from "@/lib/notes/articleNotes";
import { NOTE_KIND_DESCRIPTION, NOTE_KIND_LABEL } from "@/lib/notes/kinds";
import { articleNotesListId, articlePath, notesPath } from "@/lib/routes";

const DESCRIPTION = "五篇文章中的事实错误与需要补充的背景，逐条给出更正和一手来源，并在原文相应位置标出。";

export const metadata: Metadata = {
  title: "勘误注记",
  description: DESCRIPTION,
  alternates: { canonical: notesPath },
  openGraph: { title: "勘误注记", description: DESCRIPTION, url: notesPath },
};

export default async function NotesPage() {
  const corpus = compiledCorpus();
  const groups = corpus.articles
    .map((article) => ({ article, notes: articleNotes(corpus, article), counts: noteCounts(corpus, article.slug) }))
    .filter((g) => g.notes.length > 0);
  const corrections = corpus.notes.filter((n) => n.kind === "correction").length;
  return (
    <div className="notes-page">
      <LazyLayoutScript />
      <header className="notes-header">
        <h1>勘误注记</h1>
        <p>{DESCRIPTION}</p>
        <p className="notes-total">
          共 {corpus.notes.length} 条：{corrections} 条勘误，{corpus.notes.length - corrections} 条背景。
        </p>
        <dl className="notes-legend">
          {(["correction", "context"] as const).map((kind) => (
            <div key={kind} className={`note-ref-${kind}`}>
              <dt>
                <span className="note-badge">{NOTE_KIND_LABEL[kind]}</span>
              </dt>
              <dd>{NOTE_KIND_DESCRIPTION[kind]}</dd>
            </div>
          ))}
        </dl>
        <nav aria-label="按文章" className="notes-toc">
          <ul>
            {groups.map(({ article, counts }) => (
              <li key={article.slug}>
                <a href={`#${articleNotesListId(article.slug)}`}>{article.title}</a>
                <span className="notes-count">
                  {counts.correction} 勘误 · {counts.context} 背景
                </span>
              </li>
            ))}
          </ul>
        </nav>
        <NotesFilterClient articles={groups.map(({ article }) => ({ slug: article.slug, title: article.title }))} />
      </header>
      {groups.map(({ article, notes }) => (
        <section
          key={article.slug}
          id={articleNotesListId(article.slug)}
          className="notes-article"
          data-article={article.slug}
          aria-labelledby={`${articleNotesListId(article.slug)}-title`}
        >
          <h2 id={`${articleNotesListId(article.slug)}-title`}>
            <Link href={articlePath(article.slug)}>{article.title}</Link>
          </h2>
          <ol className="notes-list">
            {notes.map((note) => (
              <NoteItem key={note.id} note={note} section={article.sections.find((s) => s.id === note.sectionId)} />
            ))}
          </ol>
        </section>
      ))}
      {corpus.notes.length === 0 ? <p>暂无注记。</p> : null}
    </div>
  );
}
