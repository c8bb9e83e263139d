import { cachedFormatter } from "./cached-formatter.ts";

/** How much of a date to show: "long" is the day ("2023年6月27日"), "time" adds the hour and minute. */
export type DateStyle = "long" | "time" | "short";

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter(formatters, (l, o) => new Intl.DateTimeFormat(l, o), locale, options);
}

/**
 * Formats an ISO 8601 date or date-time in the briefing's language and time zone,
 * so a reader sees the date the publisher meant, whatever zone the build ran in.
 * @param value an ISO date (2024-03-29) or date-time with offset (2023-06-27T18:00:00+08:00)
 * @param locale the page's language, e.g. "zh-CN"
 * @param timeZone an IANA zone such as "Asia/Shanghai"
 * @param style how much to show
 */
export function formatDate(value: string, locale: string, timeZone: string, style: DateStyle = "long"): string {
  // The same dates are shown on many pages (archive, tags, feeds): a thousand briefings asked
  // for tens of thousands of formats, each an Intl call (issue 21).
  const key = `${value}\u0000${locale}\u0000${timeZone}\u0000${style}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) formattedDates.set(key, (formatted = formatDateOnce(value, locale, timeZone, style)));
  return formatted;
}

/** Each date as formatted, by value, locale, time zone and style. */
const formattedDates = new Map<string, string>();

function formatDateOnce(value: string, locale: string, timeZone: string, style: DateStyle): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // A plain day has no zone of its own: read and show it as that day, in UTC.
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new Error(`"${value}" is not an ISO 8601 date`);
  const options: Intl.DateTimeFormatOptions =
    style === "short"
      ? { year: "numeric", month: "2-digit", day: "2-digit" }
      : { year: "numeric", month: "long", day: "numeric" };
  if (style === "time" && !dayOnly) Object.assign(options, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return dateFormat(locale, { ...options, timeZone: dayOnly ? "UTC" : timeZone }).format(date);
}
