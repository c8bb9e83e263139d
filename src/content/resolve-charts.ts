import type { ChartDefinition, Figure } from "./schema.ts";
import type { Chart, ChartPoint } from "./chart.ts";

/** Something wrong in a chart's definition, at a field path inside `briefing.yaml`. */
export interface ChartIssue {
  field: (string | number)[];
  message: string;
}

/**
 * Looks up every figure a chart refers to and computes derived values, so templates and
 * the SVG renderer never see an id. Every mistake is returned, not thrown, so the loader
 * can report it with its line in `briefing.yaml` together with the briefing's other problems.
 * @param definitions the `charts` list of `briefing.yaml`
 * @param figures the briefing's key figures by id
 */
export function resolveCharts(definitions: ChartDefinition[], figures: Map<string, Figure>): { charts: Chart[]; issues: ChartIssue[] } {
  const issues: ChartIssue[] = [];
  const charts: Chart[] = [];
  const seen = new Set<string>();
  definitions.forEach((definition, chartIndex) => {
    const at = (...field: (string | number)[]) => ["charts", chartIndex, ...field];
    const unknownFigure = (id: string) => `there is no key figure with id "${id}"; add it under figures, or correct the id`;
    if (seen.has(definition.id)) issues.push({ field: at("id"), message: `"${definition.id}" is used by an earlier chart; each chart needs its own id` });
    seen.add(definition.id);

    const points: ChartPoint[] = [];
    definition.series.forEach((series, seriesIndex) => {
      if (series.figure !== undefined) {
        const figure = figures.get(series.figure);
        if (!figure) return issues.push({ field: at("series", seriesIndex, "figure"), message: unknownFigure(series.figure) });
        points.push({ label: series.label ?? figure.label, value: figure.value, unit: figure.unit, qualifier: figure.qualifier, kind: figure.kind, decimals: figure.decimals, scale: figure.scale, figure });
      } else if (series.derived) {
        const { from: fromId, divideBy, note } = series.derived;
        const from = figures.get(fromId);
        if (!from) return issues.push({ field: at("series", seriesIndex, "derived", "from"), message: unknownFigure(fromId) });
        const divisorFigure = typeof divideBy === "string" ? figures.get(divideBy) : undefined;
        if (typeof divideBy === "string" && !divisorFigure) {
          return issues.push({ field: at("series", seriesIndex, "derived", "divideBy"), message: unknownFigure(divideBy) });
        }
        const divisor = divisorFigure ? divisorFigure.value : (divideBy as number);
        if (divisor === 0) return issues.push({ field: at("series", seriesIndex, "derived", "divideBy"), message: `figure "${divideBy}" is zero; a value cannot be divided by it` });
        points.push({
          label: series.label!,
          value: from.value / divisor,
          unit: from.unit,
          qualifier: from.qualifier,
          kind: from.kind,
          scale: from.scale,
          derivation: { from, divisor: { value: divisor, figure: divisorFigure }, note },
        });
      }
    });
    if (points.length !== definition.series.length) return;

    const unit = points[0]!.unit;
    const otherUnit = points.findIndex((point) => point.unit !== unit);
    if (otherUnit >= 0) {
      issues.push({ field: at("series", otherUnit), message: `its unit "${points[otherUnit]!.unit}" differs from "${unit}"; bars of one chart must share a unit` });
    }
    const largest = Math.max(...points.map((point) => point.value));
    if (definition.max !== undefined && definition.max < largest) {
      issues.push({ field: at("max"), message: `${definition.max} is below the largest bar (${largest}); raise it or leave it out` });
    }

    let total: Figure | undefined;
    if (definition.total !== undefined) {
      total = figures.get(definition.total);
      if (!total) issues.push({ field: at("total"), message: unknownFigure(definition.total) });
      else {
        const sum = points.reduce((acc, point) => acc + point.value, 0);
        // Approximate figures (近, 余, …) need not add up exactly; exact ones must.
        const approximate = total.qualifier !== undefined || points.some((point) => point.qualifier !== undefined);
        if (!approximate && Math.abs(sum - total.value) > 1e-9 * Math.max(1, Math.abs(total.value))) {
          issues.push({
            field: at("total"),
            message: `the bars add up to ${sum}, but figure "${total.id}" is ${total.value}; correct the figures, or remove total if the bars are not its parts`,
          });
        }
      }
    }
    charts.push({ id: definition.id, title: definition.title, description: definition.description, type: definition.type, max: definition.max, total, points, printTable: definition.printTable });
  });
  return { charts, issues };
}
