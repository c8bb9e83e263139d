import type { Figure, Qualifier, Scale } from "../../content/schema.ts";
import { SCALES } from "../../content/schema.ts";
import { pluralFormOf, type Labels } from "../../content/interface-words.ts";
import { MINUS_SIGN, formatNumber } from "./format-number.ts";

/** The parts of a formatted figure, so templates can style the number apart from its words. */
export interface FigureParts {
  /** Words before the number, e.g. "近" or "nearly ". */
  before: string;
  /** The number itself, e.g. "1.2万" or "13.4". */
  number: string;
  /** Words after the number: a scale, the 余 qualifier and the unit, e.g. "余个", " million TEU" or "%". */
  after: string;
}

/** What formatting needs of a figure (a chart's bar has the same fields). */
export type FigureLike = Pick<Figure, "value" | "unit" | "qualifier" | "kind"> & Partial<Pick<Figure, "decimals" | "scale">>;

/** What formatting needs of a change. */
export type ChangeLike = Pick<NonNullable<Figure["change"]>, "value" | "unit" | "basis"> & Partial<Pick<NonNullable<Figure["change"]>, "decimals">>;

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  about: "qualifierAbout",
  nearly: "qualifierNearly",
  "more-than": "qualifierMoreThan",
  over: "qualifierOver",
};

const SCALE_WORDS: Record<Scale, string> = {
  thousand: "scaleThousand",
  million: "scaleMillion",
  billion: "scaleBillion",
  "ten-thousand": "scaleTenThousand",
  "hundred-million": "scaleHundredMillion",
};

// Stand-ins for the number and the unit while the words around them are put together; never in real text.
const NUMBER = "\u0000";
const UNIT = "\u0001";

/**
 * Puts `inner` where a phrase such as "about {n}" or "{n}余" has its number, in the plural form
 * the number takes ("1,5 million", "13,4 millions").
 */
function wordAround(words: Labels, key: string, inner: string, count: number, locale: string, decimals?: number): string {
  const text = words[key];
  const phrase = text === undefined ? undefined : pluralFormOf(text, count, locale, decimals);
  if (phrase === undefined || !phrase.includes("{n}")) {
    throw new Error(`_data/labels has no "${key}" with a {n} for the number; add it for this language`);
  }
  return phrase.replace("{n}", inner).replace("{unit}", UNIT);
}

/**
 * Splits a key figure into the words and the number a reader sees:
 * 近 + 1.2万 + 人次, or 100 + 余个 in Chinese; 2,500 + 万人超 in Japanese; "nearly " + 12,000 +
 * " visits", "" + 13.4 + " million TEU" in English. Qualifier and scale words come from the
 * language's interface words, so their place around the number is the language's own; a phrase
 * with `{unit}` puts the unit there (Japanese writes 2,500万人超, the qualifier after the unit).
 * The words are passed in, never read here, so whoever holds them (a build, a page of
 * `npm run serve` after a labels file changed) decides which are current.
 * @param figure the key figure from the briefing's data
 * @param locale the page's language
 * @param words the page's interface words (`_data/labels/`, picked by labelsFor)
 */
export function figureParts(figure: FigureLike, locale: string, words: Labels): FigureParts {
  const scaled = figure.scale === undefined ? figure.value : figure.value / SCALES[figure.scale];
  const number = formatNumber(scaled, locale, figure.kind, { decimals: figure.decimals, compact: figure.scale === undefined });
  let phrase = figure.scale ? wordAround(words, SCALE_WORDS[figure.scale], NUMBER, scaled, locale, figure.decimals) : NUMBER;
  if (figure.qualifier) phrase = wordAround(words, QUALIFIER_WORDS[figure.qualifier], phrase, scaled, locale, figure.decimals);
  const [before = "", rest = ""] = phrase.split(NUMBER);
  const chinese = locale.toLowerCase().startsWith("zh");
  const gap = chinese || figure.unit === "" || figure.unit === "%" ? "" : " ";
  const after = rest.includes(UNIT) ? rest.replace(UNIT, gap + figure.unit) : rest + gap + figure.unit;
  return { before, number, after };
}

/**
 * A key figure as one string, e.g. "近1.2万人次", "100余个", "−7.0%", "13.4 million TEU".
 * @param figure the key figure
 * @param locale the page's language
 * @param words the page's interface words
 */
export function formatFigure(figure: FigureLike, locale: string, words: Labels): string {
  const { before, number, after } = figureParts(figure, locale, words);
  return before + number + after;
}

/**
 * A figure's change as a signed string with its basis, at the precision it was written
 * with: "环比 +19.8%", "year on year −7.0%".
 * @param change the change recorded with the figure
 * @param locale the page's language
 */
export function formatChange(change: ChangeLike, locale: string): string {
  const sign = change.value > 0 ? "+" : change.value < 0 ? MINUS_SIGN : "±";
  const chinese = locale.toLowerCase().startsWith("zh");
  const number = formatNumber(Math.abs(change.value), locale, "count", { decimals: change.decimals, compact: false });
  // A no-break space: a line may break before "on 2022 −6.1%", never inside it.
  return `${change.basis}${chinese ? "" : "\u00a0"}${sign}${number}${change.unit}`;
}

/** Whether a change is good news, bad news or neither, for its colour and its spoken words. */
export type ChangeTone = "good" | "bad" | "neutral";

/**
 * Reads a change against the direction its figure calls good: with `good: down`, a fall
 * is good news; with `neutral` (the default), no change is either.
 * @param change the change, with the direction in which it is good
 */
export function changeTone(change: Pick<NonNullable<Figure["change"]>, "value"> & { good?: "up" | "down" | "neutral" }): ChangeTone {
  const good = change.good ?? "neutral";
  if (good === "neutral" || change.value === 0) return "neutral";
  return (change.value > 0) === (good === "up") ? "good" : "bad";
}
