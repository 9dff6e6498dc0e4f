/**
 * Dates as readers see them: the calendar day in China (the site's readers), whatever time zone
 * the build runs in, so a commit at 23:30 UTC reads as the next day there.
 */
const TIME_ZONE = "Asia/Shanghai";

const dayFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric" });
const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** A stated day ("2024-03-01") stays that day; an instant is read in China time. */
function toDate(iso: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00+08:00`) : new Date(iso);
}

/** "2026年11月25日". */
export function formatDay(iso: string): string {
  return dayFormat.format(toDate(iso));
}

/** "2026-11-25", the day in China time, for <time dateTime> and comparisons. */
export function isoDay(iso: string): string {
  return dayKey.format(toDate(iso));
}
