import type { Briefing } from "../../content/briefing.ts";

/** What a citation of a briefing needs: its data and the address it is published at. */
export type CitableBriefing = Pick<Briefing, "slug" | "title" | "publisher" | "date" | "updated" | "language" | "summary" | "tags">;

/**
 * The calendar day of an ISO date-time as written, in the briefing's own offset:
 * 2023-06-27T18:00:00+08:00 → [2023, 6, 27]. Citations give the day the publisher dated it,
 * whatever zone the build runs in.
 * @param value an ISO date or date-time with its offset
 */
export function dayParts(value: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) throw new Error(`"${value}" is not an ISO 8601 date`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
