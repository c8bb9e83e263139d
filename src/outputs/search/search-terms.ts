import { cachedFormatter } from "../../render/format/cached-formatter.ts";

const segmenters = new Map<string, Intl.Segmenter>();

/** Languages written without spaces between words. */
const UNSPACED = new Set(["zh", "ja", "th"]);

/**
 * Index-only search terms for a page: phrases (such as the labels of the key figures a section
 * states) joined into one string for a hidden `data-pagefind-meta` element. In languages
 * written without spaces each phrase is split into words with `Intl.Segmenter`, the same ICU
 * word breaker Pagefind uses on queries in the browser, so the words indexed are the words
 * searched for ("外语办事窗口" → "外语 办事 窗口"); Pagefind's own indexer would segment them
 * differently and a query could then miss its own label.
 * @param items the phrases, or key figures (their labels are taken), in the page's language
 * @param language the page's language (BCP 47)
 */
export function searchTerms(items: (string | { label: string })[], language: string): string {
  const phrases = items.map((item) => (typeof item === "string" ? item : item.label));
  const primary = (language.split("-")[0] ?? language).toLowerCase();
  if (!UNSPACED.has(primary)) return phrases.join(" · ");
  const segmenter = cachedFormatter(segmenters, (l, o) => new Intl.Segmenter(l, o), language, { granularity: "word" } as const);
  return phrases
    .map((phrase) => [...segmenter.segment(phrase)].filter((part) => part.isWordLike).map((part) => part.segment).join(" "))
    .join(" · ");
}
