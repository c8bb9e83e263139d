/** The interface words of one language: "contents", "previous", … */
export type Labels = Record<string, string>;

/**
 * Picks the interface words for a language from `_data/labels.json`,
 * falling back from "zh-CN" to "zh" and finally to English, so a briefing in a
 * new language still builds with readable navigation.
 * @param labels all languages' labels
 * @param language the briefing's language tag
 */
export function labelsFor(labels: Record<string, Labels>, language: string): Labels {
  const base = language.split("-")[0] ?? language;
  const english = labels.en ?? {};
  return { ...english, ...(labels[base] ?? {}), ...(labels[language] ?? {}) };
}
