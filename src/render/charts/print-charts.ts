import type { Labels } from "../../content/interface-words.ts";
import type { Chart } from "../../content/chart.ts";
import { chartAnchor } from "../../content/chart.ts";
import { PRINT_BAR_CHART_LAYOUT, renderBarChart } from "./render-bar-chart.ts";

/** A chart's drawing as renderBarChart writes it: one <svg>, named by its <title>'s id. */
const CHART_SVG = /<svg class="chart__svg"[^>]*\baria-labelledby="([^"\s]+)-title [^"]*"[\s\S]*?<\/svg>/g;

/**
 * Redraws every chart in a section's HTML for paper: the screen's drawing is narrow, and stretched
 * to the text width its words would print at twice the body's size, so the print edition swaps
 * in the same chart laid out on a wider drawing. Charts it does not know are left as they are.
 * @param html a section's rendered HTML
 * @param charts the briefing's charts, their figures resolved
 * @param locale the briefing's language
 * @param words the briefing's interface words
 * @returns the HTML with each chart drawn at the print layout
 */
export function printCharts(html: string, charts: readonly Chart[], locale: string, words: Labels): string {
  const byAnchor = new Map(charts.map((chart) => [chartAnchor(chart.id), chart]));
  return html.replace(CHART_SVG, (svg, anchor: string) => {
    const chart = byAnchor.get(anchor);
    return chart ? renderBarChart(chart, locale, words, PRINT_BAR_CHART_LAYOUT) : svg;
  });
}
