/**
 * Link policy for article Markdown: http(s), mailto, relative paths and in-page fragments only.
 * Anything else (javascript:, data:, vbscript:, file:) is dropped: `undefined` removes the attribute,
 * so a blocked image does not fall back to `src=""` (which would re-request the page).
 */
export function safeUrl(url: string): string | undefined {
  const value = url.trim();
  if (/^(?:https?:|mailto:)/i.test(value)) return value;
  // Any other scheme; control characters are stripped first because browsers ignore them in schemes.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value.replace(/[\s\p{Cc}]+/gu, ""))) return undefined;
  return value;
}

/** True for links that leave the site. */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url);
}
