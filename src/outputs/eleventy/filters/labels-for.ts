import { interfaceWordsFor, type Labels } from "../../../content/interface-words.ts";

/**
 * Picks the interface words for a language from `_data/labels/` (zh-CN → "zh-Hans", zh-TW → "zh-Hant", en-GB → "en").
 * A language without words stops the build, naming the file and key to add.
 * @param labels all languages' labels
 * @param language the page's language tag
 */
export function labelsFor(labels: Record<string, Labels>, language: string): Labels {
  return interfaceWordsFor(labels, language);
}
