import { type Labels } from "../../content/interface-words.ts";
import { formatCounted } from "./format-counted.ts";
import { isPdfPlaceholder, pageCountPlaceholder } from "./pdf-placeholder.ts";

/**
 * A PDF's length in the page's language ("12 pages", "12 страниц", "12ページ"), from the
 * `pdfPages` label. While the build renders the site before its PDFs exist, the count is a
 * placeholder, and so is what this returns (filled in once the PDF is printed).
 * @param pages the page count, or its placeholder
 * @param locale the page's language
 * @param words the page's interface words
 */
export function formatPdfPages(pages: number | string, locale: string, words: Labels): string {
  if (isPdfPlaceholder(pages)) return pageCountPlaceholder(pages, locale);
  return formatCounted(words.pdfPages ?? "{count}", Number(pages), locale);
}
