/**
 * Messages for a date that does not pass the schema, saying what exactly is wrong with it:
 * a day that does not exist, a missing offset, a missing time. zod only knows that the
 * string does not match, which made "2023-02-30T18:00:00+08:00" ask for an offset it has.
 */

import { excerpt } from "./excerpt.ts";

const EXAMPLE_DATE_TIME = "2023-06-27T18:00:00+08:00";
const EXAMPLE_DAY = "2024-03-29";
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** What a date field accepts. */
export type DateKind = "dateTime" | "dayOrDateTime";

/**
 * Explains why a value is not an acceptable date.
 * @param input the value found in the YAML (undefined when the field is missing)
 * @param kind whether a calendar day alone is accepted
 */
export function explainDate(input: unknown, kind: DateKind): string {
  const wanted =
    kind === "dateTime"
      ? `a date-time with its UTC offset, e.g. ${EXAMPLE_DATE_TIME}`
      : `a date such as ${EXAMPLE_DAY}, or a date-time with its UTC offset such as ${EXAMPLE_DATE_TIME}`;
  if (input === undefined) return `is missing; add it as ${wanted}`;
  if (typeof input !== "string") return `use ${wanted} (in quotes if your editor changes it)`;
  const match = SHAPE.exec(input.trim());
  if (!match) return `${excerpt(input)} is not a date in the form the build reads; use ${wanted}`;
  const [, year, month, day, hour, minute, second, offset] = match;
  const y = Number(year);
  const m = Number(month);
  if (m < 1 || m > 12) return `"${input}" has no month ${month}; months run from 01 to 12. Use ${wanted}`;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (Number(day) < 1 || Number(day) > daysInMonth) {
    const monthName = new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
    return `"${input}": the date ${year}-${month}-${day} does not exist (${monthName} ${year} has ${daysInMonth} days); correct the day`;
  }
  if (hour === undefined) {
    return kind === "dateTime" ? `"${input}" has no time; add the time and its UTC offset, e.g. ${year}-${month}-${day}T18:00:00+08:00` : `"${input}" is not accepted; use ${wanted}`;
  }
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return `"${input}": the time ${hour}:${minute}${second ? `:${second}` : ""} does not exist; hours run to 23, minutes and seconds to 59`;
  if (offset === undefined) return `"${input}" has no UTC offset; add it, e.g. ${input.trim()}+08:00 (or Z for UTC), so the time never depends on the build machine`;
  if (!/^(Z|[+-]\d{2}:\d{2})$/.test(offset)) return `"${input}": write the UTC offset as +HH:MM, e.g. +08:00`;
  if (second === undefined) return `"${input}": add the seconds, e.g. ${year}-${month}-${day}T${hour}:${minute}:00${offset}`;
  return `"${input}" is not accepted; use ${wanted}`;
}
