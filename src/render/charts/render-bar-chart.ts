import { scaleLinear } from "d3-scale";
import { cumsum, max, min } from "d3-array";
import { figureParts, formatFigure } from "../format/format-figure.ts";
import { textDirection } from "../../content/language-script.ts";
import { formatNumber } from "../format/format-number.ts";
import type { Labels } from "../../content/interface-words.ts";
import type { Chart } from "../../content/chart.ts";
import type { Scale } from "../../content/schema.ts";
import { unitGap } from "../format/unit-gap.ts";
import { chartAnchor } from "../../content/chart.ts";
import { describePoint, describePoints } from "./describe-point.ts";
import { escapeHtml } from "../html/escape-html.ts";
import { estimateTextWidth, wrapText } from "./text-width.ts";
import { fitAxisTicks } from "./axis-ticks.ts";

/**
 * The geometry of a horizontal bar chart, in SVG user units. The SVG scales to its
 * container, so these sizes are relative: at the narrowest phone (288 px of content)
 * a 14-unit label is drawn at about 11 px. Labels sit above their bars and get the
 * full width, which long Chinese labels need on a phone.
 */
export const BAR_CHART_LAYOUT = {
  width: 360,
  labelSize: 14,
  labelLineHeight: 19,
  labelGap: 4,
  barHeight: 18,
  rowGap: 12,
  valueSize: 14,
  valueGap: 6,
  tickSize: 11,
  axisGap: 6,
} as const;

/** A bar chart's geometry: {@link BAR_CHART_LAYOUT} or {@link PRINT_BAR_CHART_LAYOUT}. */
export type BarChartLayout = { readonly [key in keyof typeof BAR_CHART_LAYOUT]: number };

/**
 * The geometry for paper: the same sizes on a drawing almost twice as wide, so that at the full
 * text width of A4 or Letter (170–176 mm) a 14-unit label prints at about 10 pt, the body's size,
 * and the bars keep a screen chart's proportions instead of growing with the width.
 */
export const PRINT_BAR_CHART_LAYOUT: BarChartLayout = { ...BAR_CHART_LAYOUT, width: 680, barHeight: 16, rowGap: 8 };

/**
 * Draws a chart as a horizontal bar chart in static, accessible SVG: `role="img"` with a
 * `<title>` and a `<desc>` that lists every value, one `<rect class="chart__bar">` per
 * bar whose `<title>` holds its formatted value, and colours set twice: by CSS classes that use
 * the theme's variables, and by presentation attributes ({@link paint}) for readers without
 * the site's CSS. Derived values are drawn in outline and labelled as derived.
 * @param chart the chart, its figures resolved
 * @param locale the page's language, for number formatting
 * @param words the page's interface words
 * @param layout the geometry: the screen's, or the paper's
 */
export function renderBarChart(chart: Chart, locale: string, words: Labels, layout: BarChartLayout = BAR_CHART_LAYOUT): string {
  const L = layout;
  const id = chartAnchor(chart.id);
  const derivedTag = ` ${words.derivedValue}`;
  const values = chart.points.map((point) => formatFigure(point, locale, words));
  const valueWidths = chart.points.map(
    (point, i) => estimateTextWidth(values[i]!, L.valueSize) + (point.derivation ? estimateTextWidth(derivedTag, L.valueSize) : 0),
  );
  const fixed = chart.max !== undefined;
  const negative = (i: number) => chart.points[i]!.value < 0;
  // A bar's value is written past its end: right of a rising bar, left of a falling one.
  // Against a fixed scale (0–100%) every value lines up after the full track, as a column.
  const widest = (pick: (i: number) => boolean) => max(valueWidths.filter((_, i) => pick(i))) ?? 0;
  const leftRoom = fixed ? 0 : widest(negative) > 0 ? widest(negative) + L.valueGap + 2 : 0;
  const rightRoom = widest((i) => fixed || !negative(i)) > 0 ? widest((i) => fixed || !negative(i)) + L.valueGap + 2 : 0;
  const low = Math.min(0, min(chart.points, (point) => point.value) ?? 0);
  const high = chart.max ?? Math.max(0, max(chart.points, (point) => point.value) ?? 0);
  const x = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    // Start a stroke's width in, so an outlined (derived) bar is not cut at the edge.
    .range([leftRoom + 1, L.width - Math.max(rightRoom, 1)]);
  if (!fixed) x.nice(4);
  const zero = x(0);
  // Right to left, the chart is drawn as left to right and mirrored: bars grow from the right
  // (the inline start), labels sit at the right edge, the axis reads from the right. The SVG says
  // direction="rtl", under which text-anchor's start and end swap sides, so anchors stay as they are.
  const rtl = textDirection(locale) === "rtl";
  const mx = (at: number) => (rtl ? L.width - at : at);
  const boxX = (left: number, width: number) => (rtl ? L.width - left - width : left);
  // A value that is only a number, sign and symbols (−70.1%) is set left to right, its anchor
  // mirrored by hand: Chromium anchors such text by its own direction, not the chart's. A value
  // with words (87.0 مليون مسافر) runs right to left, its number isolated left to right.
  const valueText = (text: string, anchor: "start" | "end", point: Chart["points"][number]) => {
    const anchorAttribute = (side: "start" | "middle" | "end") => (side === "start" ? "" : ` text-anchor="${side}"`);
    if (!rtl) return `${anchorAttribute(anchor)}>${escapeHtml(text)}`;
    if (!/\p{L}/u.test(text) && !point.derivation) return ` direction="ltr"${anchorAttribute(MIRRORED_ANCHOR[anchor])}>${escapeHtml(text)}`;
    const html = isolateNumber(point, locale, words);
    return `${anchorAttribute(leadingAnchor(html, anchor))}>${html}`;
  };

  const labelLines = chart.points.map((point) => wrapText(point.label, L.width, L.labelSize));
  const rowHeights = labelLines.map((lines) => lines.length * L.labelLineHeight + L.labelGap + L.barHeight + L.rowGap);
  // The first label's line reaches above its em box, and the ticks' below their baseline.
  const headroom = (FONT_ASCENT - 1) * L.labelSize;
  const rowBottoms = [...cumsum(rowHeights)].map((bottom) => headroom + bottom);
  const rowsHeight = rowBottoms.at(-1) ?? 0;
  const tickBaseline = rowsHeight + L.tickSize + L.axisGap - 2;
  const height = tickBaseline + FONT_DESCENT * L.tickSize;

  const rows = chart.points.map((point, i) => {
    const top = (rowBottoms[i] ?? 0) - (rowHeights[i] ?? 0);
    const lines = labelLines[i]!;
    const barY = top + lines.length * L.labelLineHeight + L.labelGap;
    const end = x(point.value);
    const barX = Math.min(zero, end);
    const barWidth = Math.abs(end - zero);
    const label = lines
      .map((line, n) => `<tspan x="${mx(0)}" y="${round(top + L.labelSize + n * L.labelLineHeight)}">${escapeHtml(line)}</tspan>`)
      .join("");
    const track = fixed ? `<rect class="chart__track" ${paint("track")} x="${round(boxX(x(low), x(chart.max!) - x(low)))}" y="${round(barY)}" width="${round(x(chart.max!) - x(low))}" height="${L.barHeight}"/>` : "";
    const derived = point.derivation !== undefined;
    const falling = negative(i) && !fixed;
    const valueX = fixed ? x(chart.max!) + L.valueGap : falling ? end - L.valueGap : end + L.valueGap;
    // Where bars fall below zero, each row marks zero, so both directions read from it.
    const zeroMark = low < 0 ? `<line class="chart__zero-line" x1="${round(mx(zero))}" x2="${round(mx(zero))}" y1="${round(barY - 3)}" y2="${round(barY + L.barHeight + 3)}"/>` : "";
    const barClass = `chart__bar${derived ? " chart__bar--derived" : ""}${point.value < 0 ? " chart__bar--negative" : ""}`;
    return (
      `<g class="chart__row${derived ? " chart__row--derived" : ""}">` +
      `<text class="chart__label" ${paint("text")} font-size="${L.labelSize}">${label}</text>` +
      track +
      `<rect class="${barClass}" ${paint(derived ? "derivedBar" : "bar")} x="${round(boxX(barX, barWidth))}" y="${round(barY)}" width="${round(barWidth)}" height="${L.barHeight}" data-value="${point.value}"${derived ? ' data-derived="true"' : ""}>` +
      `<title>${escapeHtml(describePoint(point, locale, words))}</title></rect>` +
      `<text class="chart__value" ${paint("text")} font-weight="700" font-size="${L.valueSize}" x="${round(mx(valueX))}" y="${round(barY + L.barHeight / 2)}" dominant-baseline="central"${valueText(values[i]!, falling ? "end" : "start", chart.points[i]!)}` +
      (derived ? `<tspan class="chart__derived-tag">${escapeHtml(derivedTag)}</tspan>` : "") +
      `</text>${zeroMark}</g>`
    );
  });

  const percent = chart.points[0]?.unit === "%";
  // Ticks read like the bars' values: "20 million" under bars of "86.4 million", never "20,000,000".
  const scale = chart.points.every((point) => point.scale === chart.points[0]?.scale) ? chart.points[0]?.scale : undefined;
  const ticks = fitAxisTicks(x, (tick, last) => tickLabel(tick, last, scale, percent ? "%" : "", locale, words), L.width, L.tickSize);
  const axisY = rowsHeight - L.rowGap / 2;
  const [rangeStart, rangeEnd] = x.range() as [number, number];
  const axisLine =
    `<line class="chart__axis-line" ${paint("axisLine")} x1="${round(mx(low < 0 ? rangeStart : 0))}" x2="${round(mx(rangeEnd))}" y1="${round(axisY)}" y2="${round(axisY)}"/>` +
    ticks.map((tick) => `<line class="chart__axis-line" ${paint("axisLine")} x1="${round(mx(tick.x))}" x2="${round(mx(tick.x))}" y1="${round(axisY)}" y2="${round(axisY + 3)}"/>`).join("");
  // A label of only digits and symbols is set left to right, its anchor mirrored by hand, as a
  // value is; one with words ("100 مليون") runs in the chart's direction, its number isolated.
  const tickText = (text: string, anchor: "start" | "middle" | "end") => {
    if (!rtl) return ` text-anchor="${anchor}">${escapeHtml(text)}`;
    if (!/\p{L}/u.test(text)) return ` direction="ltr" text-anchor="${MIRRORED_ANCHOR[anchor]}">${escapeHtml(text)}`;
    const html = escapeHtml(text).replace(/[\d\u2212.,\u00a0\u202f ]*\d/u, (number) => isolated(number));
    return ` text-anchor="${leadingAnchor(html, anchor)}">${html}`;
  };
  const axis = ticks
    .map((tick) => `<text class="chart__tick" ${paint("text")} font-size="${L.tickSize}" x="${round(mx(tick.x))}" y="${round(tickBaseline)}"${tickText(tick.text, tick.anchor)}</text>`)
    .join("");

  const cjk = /^(zh|ja)\b/i.test(locale);
  const description = [chart.description, describePoints(chart.points, locale, words)].filter(Boolean).join(cjk ? "" : " ");
  return (
    `<svg class="chart__svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${L.width} ${round(height)}" width="100%" preserveAspectRatio="xMinYMin meet"${rtl ? ' direction="rtl"' : ""} xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(chart.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>` +
    rows.join("") +
    `<g class="chart__axis" aria-hidden="true">${axisLine}${axis}</g>` +
    `</svg>`
  );
}

/**
 * How far a line of the charts' fonts reaches above and below its baseline, in ems: Noto Sans
 * Arabic's ascent and descent (1.374 and 0.738), the tallest of the fonts the site sets charts in
 * (Source Sans 3: 1.024 and 0.4), so no label's line leaves the drawing in any script.
 */
const FONT_ASCENT = 1.4;
const FONT_DESCENT = 0.75;

/** The anchor that puts left-to-right text on the mirrored side. */
const MIRRORED_ANCHOR = { start: "end", middle: "middle", end: "start" } as const;

/**
 * The anchor for right-to-left text as Chromium reads it: by the direction of the text's first
 * character, so a text that begins with a number isolated left to right ("86.4 مليون مسافر") is
 * anchored as left-to-right text; anchored by the chart's direction, such a value was drawn
 * over its own bar.
 */
function leadingAnchor<Side extends "start" | "middle" | "end">(html: string, anchor: Side): (typeof MIRRORED_ANCHOR)[Side] | Side {
  return html.startsWith(LTR_ISOLATE) ? MIRRORED_ANCHOR[anchor] : anchor;
}

/**
 * Text set left to right and isolated from its line, so a number keeps its sign on its left and
 * its percent on its right in right-to-left text. A tspan, not Unicode's isolate characters:
 * Chromium draws those in SVG text with a system font, which the PDF then embeds.
 */
const isolated = (html: string) => `${LTR_ISOLATE}${html}</tspan>`;
const LTR_ISOLATE = '<tspan direction="ltr" unicode-bidi="isolate">';

/**
 * A figure's text for right-to-left lines (as HTML), its number isolated left to right with its sign and
 * any unit that is only symbols (`+31.7%`), so the sign and percent stay where they belong; a
 * unit in words (`مليون مسافر`) stays outside, in the line's own direction.
 */
function isolateNumber(point: Chart["points"][number], locale: string, words: Labels): string {
  const { before, number, after } = figureParts(point, locale, words);
  const symbolic = !/\p{L}/u.test(after);
  return `${escapeHtml(before)}${isolated(escapeHtml(number + (symbolic ? after : "")))}${symbolic ? "" : escapeHtml(after)}`;
}

/**
 * How each part of a chart is painted without the site's CSS, as in a feed reader, which drops
 * stylesheets but keeps presentation attributes: bars in the text colour, a derived bar dashed
 * in outline, axis and track in a grey that reads on light and dark backgrounds. On the site,
 * site.css sets the same properties from the theme, and CSS beats presentation attributes.
 */
const PAINTS = {
  bar: { fill: "currentColor" },
  derivedBar: { fill: "none", stroke: "currentColor", "stroke-width": "1.5", "stroke-dasharray": "4 3" },
  track: { fill: "#8c8c8c", opacity: "0.3" },
  axisLine: { stroke: "#8c8c8c", "stroke-width": "1" },
  text: { fill: "currentColor" },
} as const satisfies Record<string, Record<string, string>>;

/** The presentation attributes of one kind of chart part, e.g. `fill="currentColor"`. */
function paint(part: keyof typeof PAINTS): string {
  return Object.entries(PAINTS[part])
    .map(([name, value]) => `${name}="${value}"`)
    .join(" ");
}

/** Two decimals are plenty for a drawing; more only bloats the page. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An axis tick as the bars' values are written, at the points' shared scale and in the page's
 * language. The scale's word is written once, on the last tick ("0 20 40 60 80 100 million"):
 * on every tick, French "millions" or Spanish "millones" leave room for few ticks on a phone.
 * Zero is just 0 unless it is last; a percent sign, being short, stays on every tick.
 */
function tickLabel(tick: number, last: boolean, scale: Scale | undefined, unit: string, locale: string, words: Labels): string {
  const symbol = unitGap(locale, unit) + unit;
  // A last tick at zero (every bar falling) still carries the scale, or no tick would.
  if ((tick === 0 && !last) || scale === undefined) return formatNumber(tick, locale, "count") + symbol;
  const figure = { value: tick, unit, kind: "count" as const, scale };
  return last ? formatFigure(figure, locale, words) : figureParts(figure, locale, words).number + symbol;
}
