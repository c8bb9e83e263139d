/**
 * Dates for feeds, written in the briefing's own time zone. The RSS plugin's `dateToRfc822`
 * uses the build machine's zone and its `dateToRfc3339` always writes UTC ("Z"); readers of a
 * Beijing briefing should see +08:00 whatever machine built it, so these take the zone.
 */

import { cachedFormatter } from "../../render/format/cached-formatter.ts";

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The instant a briefing's date means. A date-time carries its offset; a plain day
 * (an update dated 2024-03-29) is taken as 00:00 on that day in the briefing's zone,
 * so it gets the same time on every build.
 * @param value an ISO date or a date-time with offset
 * @param timeZone the briefing's IANA zone
 */
export function instantOf(value: string, timeZone: string): Date {
  if (!DAY_ONLY.test(value)) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new Error(`"${value}" is not an ISO 8601 date-time`);
    return date;
  }
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const localMidnightAsUtc = Date.UTC(year, month - 1, day);
  // The zone's offset can differ between a guess and the answer around a DST change; settle it.
  let instant = localMidnightAsUtc - offsetMinutes(new Date(localMidnightAsUtc), timeZone) * 60_000;
  instant = localMidnightAsUtc - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/**
 * The zone's offset from UTC at an instant, in minutes (480 for Asia/Shanghai).
 * @param date the instant
 * @param timeZone an IANA zone
 */
export function offsetMinutes(date: Date, timeZone: string): number {
  const name = cachedFormatter(offsetFormatters, (l, o) => new Intl.DateTimeFormat(l, o), "en-US", { timeZone, timeZoneName: "longOffset" } as const)
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0; // "GMT" alone: the zone is at UTC
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * RFC 3339 in the zone, for Atom and JSON Feed: `2023-06-27T18:00:00+08:00`.
 * @param date the instant
 * @param timeZone the briefing's IANA zone
 */
export function toRfc3339(date: Date, timeZone: string): string {
  const { local, offset } = localParts(date, timeZone);
  const time = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${clock(local)}`;
  return `${time}${formatOffset(offset, ":")}`;
}

/**
 * RFC 822 (with a four-digit year, as RFC 1123 and RSS 2.0 use) in the zone, for RSS:
 * `Tue, 27 Jun 2023 18:00:00 +0800`.
 * @param date the instant
 * @param timeZone the briefing's IANA zone
 */
export function toRfc822(date: Date, timeZone: string): string {
  const { local, offset } = localParts(date, timeZone);
  const day = `${WEEKDAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
  return `${day} ${clock(local)} ${formatOffset(offset, "")}`;
}

/** The wall-clock time in the zone, held in a Date's UTC fields, and the offset used. */
function localParts(date: Date, timeZone: string): { local: Date; offset: number } {
  const offset = offsetMinutes(date, timeZone);
  return { local: new Date(date.getTime() + offset * 60_000), offset };
}

function clock(local: Date): string {
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}

function formatOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${separator}${pad(absolute % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
