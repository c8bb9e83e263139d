import { cachedFormatter } from "./cached-formatter.ts";

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * What a language puts between a number and its unit. Chinese and Japanese write none (2,507万人,
 * 15兆円); the percent sign takes the space the language's own percent format has (a narrow
 * no-break space in French, `14,8 %`, as the Imprimerie nationale's rules have it; a no-break space
 * in German, Spanish and Russian, as CLDR has it; none in English); any other unit a no-break space in French (so `12,5 Mt` never breaks), a space
 * elsewhere, as before.
 * @param locale the page's language
 * @param unit the figure's unit, e.g. "%", "人", "million TEU"
 */
export function unitGap(locale: string, unit: string): string {
  if (unit === "" || /^(zh|ja)\b/i.test(locale)) return "";
  if (unit === "%") {
    // French typography (Lexique des règles typographiques) wants a narrow no-break space; CLDR gives a full one.
    if (/^fr\b/i.test(locale)) return "\u202f";
    const parts = cachedFormatter(percentFormats, (l, o) => new Intl.NumberFormat(l, o), locale, { style: "percent" } as const).formatToParts(0.5);
    const before = parts[parts.findIndex((part) => part.type === "percentSign") - 1];
    // Only a space counts: Arabic puts direction marks there, which belong to the page's layout.
    return before?.type === "literal" && /^[\s\u00a0\u202f]+$/u.test(before.value) ? before.value : "";
  }
  return /^fr\b/i.test(locale) ? "\u00a0" : " ";
}
