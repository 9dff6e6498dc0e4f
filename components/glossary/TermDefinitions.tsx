import Link from "@/components/layout/PageLink";
import { NoteLinks } from "@/components/notes/NoteLinks";
import type { GlossaryDefinition, Note, Section } from "@/lib/content/schema";
import { sectionLabel } from "@/lib/render/sectionTree";
import { articleAnchorPath, articlePath } from "@/lib/routes";

/**
 * Our own definition, then each article's definition quoted with a link to where it stands.
 * A quoted definition that an editor's note corrects carries a badge to that note, so the error
 * does not travel without its correction.
 */
export function TermDefinitions({
  definitions,
  titles,
  sections,
  notes,
}: {
  definitions: readonly GlossaryDefinition[];
  titles: ReadonlyMap<string, string>;
  sections: ReadonlyMap<string, Section>;
  notes: readonly Note[];
}) {
  const ours = definitions.filter((d) => d.articleSlug === null);
  const quoted = definitions.filter((d) => d.articleSlug !== null);
  return (
    <section aria-labelledby="definition-title" className="glossary-entry-section">
      <h2 id="definition-title">释义</h2>
      {ours.map((d, i) => (
        <p key={i} className="glossary-entry-definition">
          {d.plain}
        </p>
      ))}
      {quoted.length > 0 ? (
        <>
          <h3 className="glossary-entry-subtitle">文章中的定义</h3>
          {quoted.map((d, i) => {
            const slug = d.articleSlug ?? "";
            const section = d.sectionId ? sections.get(`${slug}#${d.sectionId}`) : undefined;
            const href = d.sectionId ? articleAnchorPath(slug, d.sectionId) : articlePath(slug);
            return (
              <figure key={i} className="glossary-quote">
                <blockquote>
                  <p>{d.plain}</p>
                </blockquote>
                <figcaption>
                  —— <Link href={href}>《{titles.get(slug) ?? slug}》{section ? ` § ${sectionLabel(section)}` : ""}</Link>
                  <NoteLinks notes={notes.filter((n) => d.noteIds.includes(n.id))} />
                </figcaption>
              </figure>
            );
          })}
        </>
      ) : null}
    </section>
  );
}
