/** Day and month names as RFC 822 (and so RSS 2.0) writes them. */
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const RFC_822 = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (GMT|UT|Z|[+-]\d{4})$/;
const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * What is wrong with an RSS date, or undefined if it is a valid RFC 822 date as the W3C feed
 * validator requires: four-digit year, a numeric or GMT zone, a real calendar day and, when a
 * weekday is given, the right one.
 */
export function rfc822Problem(value: string): string | undefined {
  const match = RFC_822.exec(value.trim());
  if (!match) return `"${value}" is not an RFC 822 date (write e.g. "Tue, 27 Jun 2023 18:00:00 +0800")`;
  const [, weekday, day, month, year, hour, minute, second = "00", zone] = match;
  const offset = zone!.startsWith("+") || zone!.startsWith("-") ? `${zone!.slice(0, 3)}:${zone!.slice(3)}` : "Z";
  const iso = `${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, "0")}-${day!.padStart(2, "0")}T${hour}:${minute}:${second}${offset}`;
  const calendar = calendarProblem(iso, Number(year), MONTHS.indexOf(month!) + 1, Number(day), Number(hour), Number(minute), Number(second));
  if (calendar) return `"${value}" ${calendar}`;
  if (weekday) {
    // The weekday belongs to the local date as written, not to the UTC instant.
    const local = new Date(Date.UTC(Number(year), MONTHS.indexOf(month!), Number(day)));
    if (DAYS[local.getUTCDay()] !== weekday) return `"${value}" gives the wrong weekday (that day is a ${DAYS[local.getUTCDay()]})`;
  }
  return undefined;
}

/** What is wrong with an Atom or JSON Feed date, or undefined if it is a valid RFC 3339 date-time. */
export function rfc3339Problem(value: string): string | undefined {
  const match = RFC_3339.exec(value.trim());
  if (!match) return `"${value}" is not an RFC 3339 date-time (write e.g. "2023-06-27T18:00:00+08:00")`;
  const [, year, month, day, hour, minute, second] = match;
  const calendar = calendarProblem(value.trim(), Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second));
  return calendar ? `"${value}" ${calendar}` : undefined;
}

function calendarProblem(iso: string, year: number, month: number, day: number, hour: number, minute: number, second: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(Date.parse(iso)) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60) {
    return "is not a real date and time";
  }
  return undefined;
}
