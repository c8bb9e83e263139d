import type { Briefing } from "../content/briefing.ts";
import { formatFigure } from "../format/format-figure.ts";

/** One key figure as a flat record: the row of the CSV download and the basis of the JSON one. */
export interface FigureRecord {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** 近, 余, 超 or 约, or "" when the source gives the number as exact. */
  qualifier: string;
  period: string;
  kind: string;
  /** The figure as the briefing prints it, e.g. 近1.2万人次. */
  display: string;
  /** The change the source reports, or null when it reports none. */
  change_value: number | null;
  change_unit: string;
  change_basis: string;
  section_id: string;
  section_title: string;
  /** Absolute URL of the paragraph that states the figure. */
  source_url: string;
}

/** The CSV's columns, in order. */
export const FIGURE_COLUMNS: (keyof FigureRecord)[] = [
  "id", "label", "value", "unit", "qualifier", "period", "kind", "display",
  "change_value", "change_unit", "change_basis", "section_id", "section_title", "source_url",
];

/**
 * A briefing's key figures as flat records, in the order of its data, each traced to the
 * paragraph that states it, so a spreadsheet row can be checked against the text.
 * @param briefing the loaded briefing
 * @param siteUrl the site's public base URL, to make the paragraph links absolute
 */
export function figureRecords(briefing: Briefing, siteUrl: string): FigureRecord[] {
  return briefing.figures.map((figure) => {
    const section = briefing.sections.find((s) => s.id === figure.sectionId);
    return {
      id: figure.id,
      label: figure.label,
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier ?? "",
      period: figure.period,
      kind: figure.kind,
      display: formatFigure(figure, briefing.language),
      change_value: figure.change?.value ?? null,
      change_unit: figure.change?.unit ?? "",
      change_basis: figure.change?.basis ?? "",
      section_id: figure.sectionId,
      section_title: section?.title ?? "",
      source_url: new URL(figure.url, siteUrl).href,
    };
  });
}
