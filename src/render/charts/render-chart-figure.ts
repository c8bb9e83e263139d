import { formatFigure } from "../format/format-figure.ts";
import { wordOf, type Labels } from "../../content/interface-words.ts";
import { punctuationFor } from "../format/punctuation.ts";
import type { Chart } from "../../content/chart.ts";
import { chartAnchor } from "../../content/chart.ts";
import { formatDerivation } from "./describe-point.ts";
import { escapeHtml } from "../html/escape-html.ts";
import { renderBarChart } from "./render-bar-chart.ts";

/** What a chart needs to know about the page it is drawn on. */
export interface ChartPageContext {
  /** The page's language, for numbers and punctuation. */
  locale: string;
  /** The page's interface words (`chartData`, `derivedValue`, `total`, …). */
  words: Labels;
  /** Site-relative URL of the briefing's key-figures page, which each table row links to. */
  figuresUrl: string;
  /** The briefing's source, cited in the page's language, shown under the chart. */
  source?: string;
}

/**
 * A chart as the HTML placed in prose: a `<figure>` with a caption, the SVG, a note
 * explaining any derived value, and the numbers in a table behind a disclosure
 * (print styles open it, so the PDF shows the data). No script runs in the browser.
 * @param chart the chart, its figures resolved
 * @param context the page's language, words and key-figures URL
 */
export function renderChartFigure(chart: Chart, context: ChartPageContext): string {
  const { locale, words, figuresUrl, source } = context;
  const cjk = /^(zh|ja)\b/i.test(locale);
  const punctuation = punctuationFor(locale);
  const id = chartAnchor(chart.id);
  const derived = chart.points.filter((point) => point.derivation);

  // Chinese sentences follow each other without a space.
  const gap = cjk ? "" : " ";
  const caption =
    `<figcaption class="chart__caption" id="${id}-caption"><span class="chart__title">${escapeHtml(chart.title)}</span>` +
    (chart.description ? `<span class="chart__description">${escapeHtml(chart.description)}</span>` : "") +
    (chart.total ? `${gap}<span class="chart__total">${escapeHtml(`${wordOf(words, "total")}${gap}${formatFigure(chart.total, locale, words)}${punctuation.stop.trimEnd()}`)}</span>` : "") +
    `</figcaption>`;

  const notes = derived.map(
    (point) =>
      `<p class="chart__note"><span class="chart__derived-tag">${escapeHtml(wordOf(words, "derivedValue"))}</span>${escapeHtml(punctuation.colon)}` +
      `${escapeHtml(point.label)}${escapeHtml(punctuation.comma)}${escapeHtml(formatDerivation(point.derivation!, point, locale, words))}${escapeHtml(punctuation.stop)}` +
      `${escapeHtml(point.derivation!.note)}</p>`,
  );

  // A chart may be copied or printed on its own; its source goes with it.
  const sourceLine = source ? `<p class="chart__source">${escapeHtml(`${wordOf(words, "sourcePrefix")}${source}`)}</p>` : "";

  const link = (figureId: string, text: string) => `<a href="${escapeHtml(`${figuresUrl}#figure-${figureId}`)}">${escapeHtml(text)}</a>`;
  const rows = chart.points.map((point) => {
    const label = point.figure ? link(point.figure.id, point.label) : escapeHtml(point.label);
    const tag = point.derivation ? `${gap}<span class="chart__derived-tag">${escapeHtml(cjk ? `（${wordOf(words, "derivedValue")}）` : `(${wordOf(words, "derivedValue")})`)}</span>` : "";
    const note = point.derivation ? escapeHtml(formatDerivation(point.derivation, point, locale, words)) : escapeHtml(point.figure?.period ?? "");
    return (
      `<tr${point.derivation ? ' class="chart-table__derived"' : ""}><th scope="row">${label}${tag}</th>` +
      `<td class="num"><data value="${point.value}">${escapeHtml(formatFigure(point, locale, words))}</data></td><td>${note}</td></tr>`
    );
  });
  const total = chart.total
    ? `<tfoot><tr><th scope="row">${link(chart.total.id, `${wordOf(words, "total")}${punctuation.colon}${chart.total.label}`)}</th>` +
      `<td class="num"><data value="${chart.total.value}">${escapeHtml(formatFigure(chart.total, locale, words))}</data></td><td>${escapeHtml(chart.total.period)}</td></tr></tfoot>`
    : "";
  const table =
    `<details class="chart__data"><summary>${escapeHtml(wordOf(words, "chartData"))}</summary>` +
    `<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${id}-caption"><table class="chart-table">` +
    `<thead><tr><th scope="col">${escapeHtml(wordOf(words, "figure"))}</th><th scope="col" class="num">${escapeHtml(wordOf(words, "value"))}</th><th scope="col">${escapeHtml(wordOf(words, "note"))}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody>${total}</table></div></details>`;

  return `<figure class="chart chart--${chart.type}${chart.printTable ? " chart--print-table" : ""}" id="${id}">${caption}${renderBarChart(chart, locale, words)}${notes.join("")}${sourceLine}${table}</figure>\n`;
}
