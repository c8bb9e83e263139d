import { cachedFormatter } from "./cached-formatter.ts";

/** How a number should read: a year is never grouped ("2027", not "2,027"). */
export type NumberKind = "count" | "percent" | "ratio" | "year";

/** How precisely, and in which notation, to write a number. */
export interface NumberOptions {
  /**
   * Exactly this many digits after the decimal point (−7.0 stays "−7.0"). Without it, as
   * many as the number has, up to three.
   */
  decimals?: number;
  /**
   * Chinese and Japanese only: write numbers from ten thousand up with 万 and 亿 (12000 → "1.2万"),
   * or 万, 億 and 兆 in Japanese (25,070,000 → "2,507万").
   * On by default; off when the figure is already scaled by its own `scale`.
   */
  compact?: boolean;
}

/** The true minus sign, which is as wide as the plus sign and never breaks from its number. */
export const MINUS_SIGN = "\u2212";

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter(formatters, (l, o) => new Intl.NumberFormat(l, o), locale, options);
}

/**
 * Formats a number for a page's language.
 * Chinese counts from ten thousand up are written with 万/亿 (12000 → "1.2万"),
 * as Chinese readers expect; other languages group digits (12000 → "12,000").
 * A negative number takes the true minus sign (−7.0), never the ASCII hyphen.
 * @param value the number
 * @param locale a BCP 47 tag such as "zh-CN" or "en"
 * @param kind what the number is; years are written as they are
 * @param options the digits after the decimal point, and whether Chinese may use 万/亿
 * @returns the number as the reader of that language would write it
 */
export function formatNumber(value: number, locale: string, kind: NumberKind = "count", options: NumberOptions = {}): string {
  if (kind === "year") return String(value).replace("-", MINUS_SIGN);
  const { decimals, compact = true } = options;
  const fraction: Intl.NumberFormatOptions =
    decimals === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  const chinese = locale.toLowerCase().startsWith("zh");
  const japanese = /^ja\b/i.test(locale);
  let text: string;
  if (japanese && compact && Math.abs(value) >= 10_000) {
    // Japanese groups the digits before 万, 億 and 兆: 2,507万, 5.31兆.
    text = numberFormat(locale, { notation: "compact", useGrouping: true, maximumFractionDigits: 2 }).format(value);
  } else if (chinese && compact && Math.abs(value) >= 10_000) {
    // The written precision belongs to the whole number, not to its 万 form: 12000 → 1.2万.
    text = numberFormat(locale, { notation: "compact", useGrouping: false, maximumFractionDigits: 2 }).format(value);
  } else if (chinese) {
    text = numberFormat(locale, { useGrouping: false, ...fraction }).format(value);
  } else {
    text = numberFormat(locale, fraction).format(value);
  }
  return text.replace("-", MINUS_SIGN);
}
