import Link from "next/link";

/** Placeholder until the search feature lands: a plain link to the search page. */
export function SearchLauncher() {
  return (
    <Link href="/search/" className="icon-button" aria-label="搜索" title="搜索">
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </Link>
  );
}
