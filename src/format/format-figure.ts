import type { Figure } from "../content/schema.ts";
import { formatNumber } from "./format-number.ts";

/** The parts of a formatted figure, so templates can style the number apart from its words. */
export interface FigureParts {
  /** Words before the number, e.g. "近" or "nearly ". */
  before: string;
  /** The number itself, e.g. "1.2万". */
  number: string;
  /** Words after the number: the 余 qualifier and the unit, e.g. "余个" or "%". */
  after: string;
}

const CHINESE_QUALIFIERS: Record<string, { before?: string; after?: string }> = {
  近: { before: "近" },
  超: { before: "超" },
  约: { before: "约" },
  余: { after: "余" },
};

const ENGLISH_QUALIFIERS: Record<string, string> = {
  近: "nearly ",
  超: "over ",
  约: "about ",
  余: "more than ",
};

/**
 * Splits a key figure into the words and the number a reader sees:
 * 近 + 1.2万 + 人次, or 100 + 余个 in Chinese; "nearly " + 12,000 + " visits" in English.
 * @param figure the key figure from the briefing's data
 * @param locale the page's language
 */
export function figureParts(figure: Pick<Figure, "value" | "unit" | "qualifier" | "kind">, locale: string): FigureParts {
  const number = formatNumber(figure.value, locale, figure.kind);
  const chinese = locale.toLowerCase().startsWith("zh");
  if (chinese) {
    const q = figure.qualifier ? CHINESE_QUALIFIERS[figure.qualifier] : undefined;
    return { before: q?.before ?? "", number, after: (q?.after ?? "") + figure.unit };
  }
  const before = figure.qualifier ? (ENGLISH_QUALIFIERS[figure.qualifier] ?? "") : "";
  const gap = figure.unit === "" || figure.unit === "%" ? "" : " ";
  return { before, number, after: gap + figure.unit };
}

/**
 * A key figure as one string, e.g. "近1.2万人次", "100余个", "98.2%".
 * @param figure the key figure
 * @param locale the page's language
 */
export function formatFigure(figure: Pick<Figure, "value" | "unit" | "qualifier" | "kind">, locale: string): string {
  const { before, number, after } = figureParts(figure, locale);
  return before + number + after;
}

/**
 * A figure's change as a signed string with its basis, e.g. "环比 +19.8%".
 * @param change the change recorded with the figure
 * @param locale the page's language
 */
export function formatChange(change: NonNullable<Figure["change"]>, locale: string): string {
  const sign = change.value > 0 ? "+" : change.value < 0 ? "−" : "±";
  const chinese = locale.toLowerCase().startsWith("zh");
  return `${change.basis}${chinese ? "" : " "}${sign}${formatNumber(Math.abs(change.value), locale)}${change.unit}`;
}
