import type { Labels } from "../../content/interface-words.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { formatFigure } from "../../render/format/format-figure.ts";
import { figureRecords } from "./figure-records.ts";
import { toAbsoluteUrl } from "../../render/html/absolute-urls.ts";

/**
 * A briefing's key figures as JSON: the briefing's title, date and source, every figure
 * as in the CSV, and the charts with their values, derived ones marked `derived` with the
 * figures they come from, so an analyst can reproduce every bar.
 * @param briefing the rendered briefing
 * @param siteUrl the site's public base URL
 * @param words the interface words of the briefing's language
 */
export function figuresJson(briefing: RenderedBriefing, siteUrl: string, words: Labels): string {
  // Site paths resolve under the base URL's sub-path, as everywhere else (see toAbsoluteUrl).
  const absolute = (url: string) => toAbsoluteUrl(url, siteUrl);
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
    figures: figureRecords(briefing, siteUrl, words),
    charts: briefing.charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      url: absolute(chart.url),
      total: chart.total?.id ?? null,
      points: chart.points.map((point) => ({
        label: point.label,
        value: point.value,
        unit: point.unit,
        display: formatFigure(point, briefing.language, words),
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
