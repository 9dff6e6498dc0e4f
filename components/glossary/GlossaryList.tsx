import Link from "@/components/layout/PageLink";
import type { GlossaryTerm } from "@/lib/content/schema";
import { ALPHABET, displayAliases, type LetterGroup } from "@/lib/glossary/entries";
import { mainDefinition, shortDefinition } from "@/lib/glossary/names";
import { glossaryPath } from "@/lib/routes";

export function letterAnchor(letter: string): string {
  return letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`;
}

/** A–Z bar: letters with terms jump to their group; the others are shown dimmed. */
export function LetterBar({ groups }: { groups: readonly LetterGroup[] }) {
  const present = new Set(groups.map((g) => g.letter));
  const letters = present.has("#") ? [...ALPHABET, "#"] : ALPHABET;
  return (
    <nav className="glossary-letters" aria-label="按拼音首字母跳转">
      <ul>
        {letters.map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <a href={`#${letterAnchor(letter)}`}>{letter}</a>
            ) : (
              <span aria-hidden="true">{letter}</span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TermRow({ term }: { term: GlossaryTerm }) {
  const { english, chinese } = displayAliases(term);
  const names = [...english, ...chinese];
  return (
    <li className="glossary-row" id={`term-${term.id}`}>
      <p className="glossary-row-head">
        <Link href={glossaryPath(term.id)} className="glossary-row-term">
          {term.term}
        </Link>
        {names.length > 0 ? <span className="glossary-row-names">{names.join(" · ")}</span> : null}
      </p>
      <p className="glossary-row-def">{shortDefinition(mainDefinition(term), 60)}</p>
    </li>
  );
}

/** Every term, grouped by letter: the whole index, readable without JavaScript. */
export function GlossaryList({ groups }: { groups: readonly LetterGroup[] }) {
  return (
    <div className="glossary-groups">
      {groups.map((group) => (
        <section key={group.letter} id={letterAnchor(group.letter)} aria-labelledby={`${letterAnchor(group.letter)}-h`}>
          <h2 id={`${letterAnchor(group.letter)}-h`} className="glossary-letter">
            {group.letter}
          </h2>
          <ul className="glossary-rows">
            {group.terms.map((term) => (
              <TermRow key={term.id} term={term} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
