import type { BriefingFile } from "./schema.ts";

/** How far after the build a date may lie: a briefing scheduled months ahead is fine, 2999 is a typo. */
export const LATEST_AHEAD_DAYS = 366;

/** A date that makes no sense, by field path. */
export interface DateIssue {
  field: (string | number)[];
  message: string;
}

/** The day (YYYY-MM-DD) of an ISO date or date-time, in a time zone; a bare day is its own day. */
function dayIn(value: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return format.format(new Date(value));
}

/** One formatter per time zone: making one costs far more than formatting with it, and every briefing's dates are checked. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates in the wrong order: `updated` before `date`, or an update dated before the briefing it
 * updates. Both are typos (a year or a month off) that would date feed entries wrongly.
 * @param data a briefing.yaml that passed the schema
 */
export function datesOutOfOrder(data: BriefingFile): DateIssue[] {
  const issues: DateIssue[] = [];
  if (data.updated && Date.parse(data.updated) < Date.parse(data.date)) {
    issues.push({ field: ["updated"], message: `${data.updated} is before the briefing's date (${data.date}); updated is when it was last changed, so it cannot come before it was published: correct one of the two` });
  }
  const published = dayIn(data.date, data.timeZone);
  data.updates.forEach((update, index) => {
    if (dayIn(update.date, data.timeZone) < published) {
      issues.push({ field: ["updates", index, "date"], message: `${update.date} is before the briefing's date (${published}); an update comes after what it updates: correct the date` });
    }
  });
  return issues;
}

/**
 * Dates more than a year after the build: `date: 2999-01-01` (meant 2023) would have every feed
 * announce a briefing from the year 2999 and keep it at the top of every list.
 * @param data the briefing's dates
 * @param now the build's moment (SOURCE_DATE_EPOCH when set, so a build can be repeated exactly)
 */
export function datesTooFarAhead(data: Pick<BriefingFile, "date" | "updated" | "updates">, now: Date): DateIssue[] {
  const latest = now.getTime() + LATEST_AHEAD_DAYS * 86_400_000;
  const today = now.toISOString().slice(0, 10);
  const ahead = (value: string) => Date.parse(value) > latest;
  const message = (value: string) => `${value} is more than a year after this build (${today}); correct the year if it is a typo (a briefing may be dated up to a year ahead)`;
  const issues: DateIssue[] = [];
  if (ahead(data.date)) issues.push({ field: ["date"], message: message(data.date) });
  if (data.updated && ahead(data.updated)) issues.push({ field: ["updated"], message: message(data.updated) });
  data.updates.forEach((update, index) => {
    if (ahead(update.date)) issues.push({ field: ["updates", index, "date"], message: message(update.date) });
  });
  return issues;
}
