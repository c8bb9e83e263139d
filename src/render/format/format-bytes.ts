import { cachedFormatter } from "./cached-formatter.ts";
import { isPdfPlaceholder, sizePlaceholder } from "./pdf-placeholder.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A file size as readers expect it: "1.4 MB", "820 KB".
 * While the build renders the site before its PDFs exist, a PDF's size is a placeholder,
 * and so is what this returns for it (filled in once the PDF is printed).
 * @param bytes the size in bytes
 * @param locale the page's language
 */
export function formatBytes(bytes: number, locale = "en"): string {
  if (isPdfPlaceholder(bytes)) return sizePlaceholder(bytes, locale);
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${cachedFormatter(numberFormats, (l, o) => new Intl.NumberFormat(l, o), locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
