import { pluralFormOf, type LabelText } from "../../content/interface-words.ts";
import { formatNumber } from "./format-number.ts";

/**
 * A label that carries a count, in the plural form the count takes in the page's language, with
 * `{count}` written as that language writes numbers: "1 page", "3 pages"; "21 страница",
 * "22 страницы", "25 страниц"; "صفحتان". Other placeholders (`{query}`) are left for the caller.
 * @param text the label: plural forms, or one text for every count
 * @param count the number it counts
 * @param locale the page's language
 */
export function formatCounted(text: LabelText, count: number, locale: string): string {
  return pluralFormOf(text, count, locale).replaceAll("{count}", formatNumber(count, locale, "count", { compact: false }));
}
