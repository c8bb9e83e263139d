import type { Labels } from "../../content/interface-words.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { formatFigure } from "../../render/format/format-figure.ts";
import { toAbsoluteUrl } from "../../render/html/absolute-urls.ts";

/** One key figure as a flat record: the row of the CSV download and the basis of the JSON one. */
export interface FigureRecord {
  id: string;
  label: string;
  value: number;
  /** Digits after the decimal point the briefing shows (7 written as 7.0 → 1), or null for as many as it has. */
  decimals: number | null;
  /** The scale it is shown at (million, ten-thousand, …), or "" when shown in full; `value` is always exact. */
  scale: string;
  unit: string;
  /** about, nearly, more-than or over, or "" when the source gives the number as exact. */
  qualifier: string;
  period: string;
  kind: string;
  /** The figure as the briefing prints it, e.g. 近1.2万人次. */
  display: string;
  /** The change the source reports, or null when it reports none. */
  change_value: number | null;
  change_unit: string;
  change_basis: string;
  /** Which way the change is good news: up, down or neutral; "" without a change. */
  change_good: string;
  section_id: string;
  section_title: string;
  /** Absolute URL of the paragraph that states the figure. */
  source_url: string;
}

/** The CSV's columns, in order. */
export const FIGURE_COLUMNS: (keyof FigureRecord)[] = [
  "id", "label", "value", "decimals", "scale", "unit", "qualifier", "period", "kind", "display",
  "change_value", "change_unit", "change_basis", "change_good", "section_id", "section_title", "source_url",
];

/**
 * A briefing's key figures as flat records, in the order of its data, each traced to the
 * paragraph that states it, so a spreadsheet row can be checked against the text.
 * @param briefing the rendered briefing, which knows where each figure is stated
 * @param siteUrl the site's public base URL, to make the paragraph links absolute
 * @param words the interface words of the briefing's language, for `display`
 */
export function figureRecords(briefing: RenderedBriefing, siteUrl: string, words: Labels): FigureRecord[] {
  return briefing.figures.map((figure) => {
    const section = briefing.sections.find((s) => s.id === figure.sectionId);
    return {
      id: figure.id,
      label: figure.label,
      value: figure.value,
      decimals: figure.decimals ?? null,
      scale: figure.scale ?? "",
      unit: figure.unit,
      qualifier: figure.qualifier ?? "",
      period: figure.period,
      kind: figure.kind,
      display: formatFigure(figure, briefing.language, words),
      change_value: figure.change?.value ?? null,
      change_unit: figure.change?.unit ?? "",
      change_basis: figure.change?.basis ?? "",
      change_good: figure.change?.good ?? "",
      section_id: figure.sectionId,
      section_title: section?.title ?? "",
      source_url: toAbsoluteUrl(figure.url, siteUrl),
    };
  });
}
