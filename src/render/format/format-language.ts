import { cachedFormatter } from "./cached-formatter.ts";

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name in another language, for telling readers what language a briefing is in:
 * "en" in Chinese is 英语, "zh-CN" in English is "Chinese (China)".
 * @param language the language to name (BCP 47)
 * @param inLanguage the language of the page that shows the name
 */
export function formatLanguage(language: string, inLanguage: string): string {
  try {
    return cachedFormatter(displayNames, (l, o) => new Intl.DisplayNames([l], o), inLanguage, { type: "language" } as const).of(language) ?? language;
  } catch {
    // An invalid tag was already refused by the schema; show it as written rather than fail the page.
    return language;
  }
}
