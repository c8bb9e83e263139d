import { formatFigure } from "../format/format-figure.ts";
import { formatNumber } from "../format/format-number.ts";
import { wordOf, type Labels } from "../../content/interface-words.ts";
import { punctuationFor } from "../format/punctuation.ts";
import type { ChartPoint, Derivation } from "../../content/chart.ts";


/**
 * A bar's label and formatted value as one phrase, marked when derived:
 * "自有品牌国际赛事：5项", "过去三年总和：39个（推算值）", "Arrivées : 86,4 millions" in French.
 * @param point the bar
 * @param locale the page's language
 * @param words the page's interface words (`derivedValue`)
 */
export function describePoint(point: ChartPoint, locale: string, words: Labels): string {
  const p = punctuationFor(locale);
  const value = formatFigure(point, locale, words);
  const derived = point.derivation ? `${p.parenOpen}${wordOf(words, "derivedValue")}${p.parenClose}` : "";
  return `${point.label}${p.colon}${value}${derived}`;
}

/**
 * Every bar described, as one sentence for a chart's `<desc>`: screen readers treat a
 * chart as one image, so the image's description must carry the numbers.
 * @param points the chart's bars
 * @param locale the page's language
 * @param words the page's interface words
 */
export function describePoints(points: ChartPoint[], locale: string, words: Labels): string {
  const p = punctuationFor(locale);
  return points.map((point) => describePoint(point, locale, words)).join(p.semicolon) + p.stop.trimEnd();
}

/**
 * The arithmetic behind a derived value, with each number formatted: "78个 ÷ 2 = 39个".
 * @param derivation how the value was derived
 * @param point the derived bar
 * @param locale the page's language
 * @param words the page's interface words
 */
export function formatDerivation(derivation: Derivation, point: ChartPoint, locale: string, words: Labels): string {
  const divisor = formatNumber(derivation.divisor.value, locale, "ratio");
  return `${formatFigure(derivation.from, locale, words)} ÷ ${divisor} = ${formatFigure(point, locale, words)}`;
}
