import type { Source } from "../../content/schema.ts";
import { formatDate } from "./format-date.ts";
import { punctuationFor } from "./punctuation.ts";

/**
 * Cites a source the way readers of the language expect: 北京青年报《标题》，2023年6月27日 in
 * Chinese; 日本政府観光局（JNTO）「訪日外客数」、2025年1月15日 in Japanese; Éditeur, « Titre »,
 * 27 juin 2023 in French; Publisher, “Title”, 27 June 2023 in English (see punctuationFor).
 * @param source the cited source
 * @param locale the page's language
 * @param timeZone the briefing's time zone, for the source's date
 */
export function formatCitation(source: Source, locale: string, timeZone: string): string {
  const date = formatDate(source.date, locale, timeZone);
  const p = punctuationFor(locale);
  // Chinese and Japanese set the title marks straight after the publisher; the others separate them.
  const between = /^(zh|ja)\b/i.test(locale) ? "" : p.comma;
  return `${source.publisher}${between}${p.titleOpen}${source.title}${p.titleClose}${p.comma}${date}`;
}
