import { formatDate } from "../format/format-date.ts";
import type { CitableBriefing } from "./citable.ts";

/**
 * A briefing cited as plain text, the way readers of its language expect:
 * 编辑组《标题》，2023年6月27日。https://… in Chinese;
 * Publisher. “Title.” 27 June 2023. https://… otherwise. A revised briefing names its update too.
 * @param briefing the briefing
 * @param url its canonical address
 * @param timeZone the briefing's time zone, for its dates
 */
export function briefingCitation(briefing: CitableBriefing & { timeZone: string }, url: string): string {
  const { language, timeZone } = briefing;
  const date = formatDate(briefing.date, language, timeZone);
  const revised = briefing.updated !== briefing.date ? formatDate(briefing.updated, language, timeZone) : undefined;
  if (language.toLowerCase().startsWith("zh")) {
    return `${briefing.publisher}《${briefing.title}》，${date}${revised ? `（${revised}更新）` : ""}。${url}`;
  }
  return `${briefing.publisher}. “${briefing.title}.” ${date}${revised ? ` (updated ${revised})` : ""}. ${url}`;
}
