/** Languages written without spaces between words, which Pagefind must segment into words. */
const SEGMENTED = new Set(["zh", "ja", "th"]);

/**
 * The one language Pagefind should index every page as, or undefined to let it index each
 * language apart. Pagefind keeps one index per language and a page searches only the index of
 * its own `lang`, so on a site with Chinese and English briefings a search from the Chinese
 * search page would never find the English ones. With several languages we therefore index all
 * pages as one: a language that needs word segmentation if there is one (Chinese text indexed
 * as English would be one "word" per sentence, while English indexed as Chinese keeps its
 * words and loses only stemming), else the site's own language.
 * @param briefingLanguages the language of each briefing (BCP 47)
 * @param siteLanguage the site's language, `language` in `_data/site.json`
 */
export function indexLanguage(briefingLanguages: string[], siteLanguage: string): string | undefined {
  const primary = (tag: string) => (tag.split("-")[0] ?? tag).toLowerCase();
  const distinct = [...new Set(briefingLanguages.map(primary))];
  if (distinct.length <= 1) return undefined;
  const counts = new Map<string, number>();
  for (const language of briefingLanguages.map(primary)) counts.set(language, (counts.get(language) ?? 0) + 1);
  const segmented = distinct.filter((language) => SEGMENTED.has(language)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return segmented[0] ?? primary(siteLanguage);
}
