import type { Briefing } from "../../content/briefing.ts";
import { formatFigure } from "../../render/format/format-figure.ts";
import { figureRecords } from "./figure-records.ts";

/**
 * A briefing's key figures as JSON: the briefing's title, date and source, every figure
 * as in the CSV, and the charts with their values, derived ones marked `derived` with the
 * figures they come from, so an analyst can reproduce every bar.
 * @param briefing the loaded briefing
 * @param siteUrl the site's public base URL
 */
export function figuresJson(briefing: Briefing, siteUrl: string): string {
  const absolute = (url: string) => new URL(url, siteUrl).href;
  const document = {
    briefing: {
      slug: briefing.slug,
      title: briefing.title,
      language: briefing.language,
      date: briefing.date,
      updated: briefing.updated,
      url: absolute(briefing.url),
      source: briefing.source,
    },
    figures: figureRecords(briefing, siteUrl),
    charts: briefing.charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      url: absolute(chart.url),
      total: chart.total?.id ?? null,
      points: chart.points.map((point) => ({
        label: point.label,
        value: point.value,
        unit: point.unit,
        display: formatFigure(point, briefing.language),
        figure: point.figure?.id ?? null,
        derived: point.derivation
          ? {
              from: point.derivation.from.id,
              divideBy: point.derivation.divisor.figure?.id ?? point.derivation.divisor.value,
              note: point.derivation.note,
            }
          : null,
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
