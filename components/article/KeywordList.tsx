/** An article's keywords as chips; nothing at all when it has none. Used by the home card and the article header. */
export function KeywordList({ keywords }: { keywords: readonly string[] }) {
  if (keywords.length === 0) return null;
  return (
    <ul className="keywords" aria-label="关键词">
      {keywords.map((k) => (
        <li key={k}>{k}</li>
      ))}
    </ul>
  );
}
