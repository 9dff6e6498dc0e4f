import { ShareLinkClient } from "./ShareLinkClient";

type Level = 2 | 3 | 4 | 5 | 6;

/** A section heading that owns its share link; numbers are kept apart so they can be styled quietly. */
export function Heading({ level, number, title, shareHref }: { level: number; number: string | null; title: string; shareHref: string }) {
  const Tag = `h${Math.min(6, Math.max(2, level)) as Level}` as const;
  const fullTitle = number ? `${number} ${title}` : title;
  return (
    <Tag className="heading">
      {number ? <span className="heading-number">{number}</span> : null}
      <span className="heading-text">{title}</span>
      <ShareLinkClient href={shareHref} title={fullTitle} />
    </Tag>
  );
}
