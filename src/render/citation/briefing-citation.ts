import { wordOf, type Labels } from "../../content/interface-words.ts";
import { formatDate } from "../format/format-date.ts";
import { punctuationFor } from "../format/punctuation.ts";
import type { CitableBriefing } from "./citable.ts";

/**
 * A briefing cited as plain text, the way readers of its language expect:
 * 编辑组《标题》，2023年6月27日。https://… in Chinese; 編集部「標題」、2023年6月27日。https://… in
 * Japanese; Publisher. “Title.” 27 June 2023. https://… in English; Éditeur, « Titre »,
 * 27 juin 2023. https://… in French. A revised briefing names its update too, in the
 * language's own words (`citeUpdated`).
 * @param briefing the briefing
 * @param url its canonical address
 * @param words the briefing language's interface words
 */
export function briefingCitation(briefing: CitableBriefing & { timeZone: string }, url: string, words: Labels = {}): string {
  const { language, timeZone } = briefing;
  const date = formatDate(briefing.date, language, timeZone);
  const revisedDate = briefing.updated !== briefing.date ? formatDate(briefing.updated, language, timeZone) : undefined;
  const revised = revisedDate ? wordOf(words, "citeUpdated", "updated {date}").replace("{date}", revisedDate) : undefined;
  const p = punctuationFor(language);
  const aside = revised ? `${p.parenOpen}${revised}${p.parenClose}` : "";
  if (/^(zh|ja)\b/i.test(language)) return `${briefing.publisher}${p.titleOpen}${briefing.title}${p.titleClose}${p.comma}${date}${aside}${p.stop}${url}`;
  // English follows Chicago: the title's full stop inside its quotation marks.
  if (/^en\b/i.test(language)) return `${briefing.publisher}. “${briefing.title}.” ${date}${aside}. ${url}`;
  return `${briefing.publisher}${p.comma}${p.titleOpen}${briefing.title}${p.titleClose}${p.comma}${date}${aside}${p.stop}${url}`;
}
