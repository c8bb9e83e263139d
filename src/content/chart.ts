import type { Figure } from "./schema.ts";

/** How a derived value was computed: `from` divided by `divisor`. */
export interface Derivation {
  /** The figure the value comes from. */
  from: Figure;
  /** What it is divided by: a figure, or a plain number written in the chart's data. */
  divisor: { value: number; figure?: Figure };
  /** Why the source allows this derivation, in the briefing's language. */
  note: string;
}

/** One bar of a chart, with everything needed to draw and format it. */
export interface ChartPoint {
  label: string;
  value: number;
  unit: string;
  qualifier?: Figure["qualifier"];
  kind: Figure["kind"];
  /** Digits after the decimal point, as the figure is written. */
  decimals?: number;
  /** The scale the figure is shown at (13.4 million). */
  scale?: Figure["scale"];
  /** The key figure shown, when the bar shows one. */
  figure?: Figure;
  /** Present when the value is computed from figures rather than stated by the source. */
  derivation?: Derivation;
}

/** A chart with its figures looked up and derived values computed. */
export interface Chart {
  id: string;
  title: string;
  description?: string;
  type: "bar";
  /** The end of the value axis, when the data fixes it (100 for percentages). */
  max?: number;
  /** The figure the bars add up to, when the chart declares one. */
  total?: Figure;
  points: ChartPoint[];
  /** Whether the PDF prints the data table under the drawing, which already writes every value. */
  printTable?: boolean;
}

/** A chart together with the place in the prose that shows it. */
export interface PlacedChart extends Chart {
  sectionId: string;
  /** Site-relative URL of the chart in its section: `/<slug>/<section>/#chart-<id>`. */
  url: string;
}

/** The id of the `<figure>` that holds a chart, so it can be linked to. */
export function chartAnchor(chartId: string): string {
  return `chart-${chartId}`;
}
