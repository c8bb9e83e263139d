import type { Source } from "../../content/schema.ts";
import { formatDate } from "./format-date.ts";

/**
 * Cites a source the way readers of the language expect:
 * 北京青年报《标题》，2023年6月27日 in Chinese; Publisher, “Title”, 27 June 2023 otherwise.
 * @param source the cited source
 * @param locale the page's language
 * @param timeZone the briefing's time zone, for the source's date
 */
export function formatCitation(source: Source, locale: string, timeZone: string): string {
  const date = formatDate(source.date, locale, timeZone);
  if (locale.toLowerCase().startsWith("zh")) return `${source.publisher}《${source.title}》，${date}`;
  return `${source.publisher}, “${source.title}”, ${date}`;
}
