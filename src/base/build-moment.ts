/**
 * The moment a build takes as "now" when it judges dates (a briefing dated more than a year
 * ahead is refused): SOURCE_DATE_EPOCH when set, the reproducible-builds convention, so a build
 * repeated later from the same input gives the same answer; else the clock. The clock only ever
 * decides whether a date is accepted, never what is written, so output stays reproducible.
 * @param sourceDateEpoch SOURCE_DATE_EPOCH as given (seconds since 1970), if set
 * @param clock the clock, for tests
 */
export function buildMoment(sourceDateEpoch: string | undefined, clock: () => Date = () => new Date()): Date {
  // A malformed value is reported by the PDF step (set-pdf-metadata.ts); the clock serves here.
  return sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim()) ? new Date(Number(sourceDateEpoch) * 1000) : clock();
}
