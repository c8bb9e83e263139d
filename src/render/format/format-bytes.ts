import { cachedFormatter } from "./cached-formatter.ts";
import { isPdfPlaceholder, sizePlaceholder } from "./pdf-placeholder.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The byte units a language writes: French counts octets (Ko, Mo), Russian байты (КБ, МБ). */
function byteUnits(locale: string): readonly string[] {
  if (/^fr\b/i.test(locale)) return ["o", "Ko", "Mo", "Go"];
  if (/^ru\b/i.test(locale)) return ["Б", "КБ", "МБ", "ГБ"];
  return ["B", "KB", "MB", "GB"];
}

/**
 * A file size as readers expect it: "1.4 MB", "820 KB"; "1,4 Mo" in French.
 * While the build renders the site before its PDFs exist, a PDF's size is a placeholder,
 * and so is what this returns for it (filled in once the PDF is printed).
 * @param bytes the size in bytes
 * @param locale the page's language
 */
export function formatBytes(bytes: number, locale = "en"): string {
  if (isPdfPlaceholder(bytes)) return sizePlaceholder(bytes, locale);
  const units = byteUnits(locale);
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${cachedFormatter(numberFormats, (l, o) => new Intl.NumberFormat(l, o), locale, { maximumFractionDigits: digits }).format(value)}${/^fr\b/i.test(locale) ? "\u00a0" : " "}${units[unit]}`;
}
