/**
 * Link policy for article Markdown: http(s), mailto, relative paths and in-page fragments only.
 * Anything else (javascript:, data:, vbscript:, file:) becomes an empty href.
 */
export function safeUrl(url: string): string {
  const value = url.trim();
  if (/^(?:https?:|mailto:)/i.test(value)) return value;
  // Any other scheme; control characters are stripped first because browsers ignore them in schemes.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value.replace(/[\s\p{Cc}]+/gu, ""))) return "";
  return value;
}

/** True for links that leave the site. */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url);
}
