/**
 * A moment as an ISO 8601 date-time with the machine's local UTC offset, to the minute:
 * 2026-11-30T21:35:00+08:00. Briefings must state their offset (see the schema).
 * @param moment the time to write; defaults to now
 */
export function localDateTime(moment: Date = new Date()): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -moment.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` +
    `T${pad(moment.getHours())}:${pad(moment.getMinutes())}:00` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
