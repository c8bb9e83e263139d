/** How a number should read: a year is never grouped ("2027", not "2,027"). */
export type NumberKind = "count" | "percent" | "ratio" | "year";

/**
 * Formats a number for a page's language.
 * Chinese counts from ten thousand up are written with 万/亿 (12000 → "1.2万"),
 * as Chinese readers expect; other languages group digits (12000 → "12,000").
 * @param value the number
 * @param locale a BCP 47 tag such as "zh-CN" or "en"
 * @param kind what the number is; years are written as they are
 * @returns the number as the reader of that language would write it
 */
export function formatNumber(value: number, locale: string, kind: NumberKind = "count"): string {
  if (kind === "year") return String(value);
  const chinese = locale.toLowerCase().startsWith("zh");
  if (chinese) {
    const compact = Math.abs(value) >= 10_000;
    return new Intl.NumberFormat(locale, {
      notation: compact ? "compact" : "standard",
      useGrouping: false,
      maximumFractionDigits: compact ? 2 : 3,
    }).format(value);
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}
