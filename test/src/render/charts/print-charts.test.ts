import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { loadInterfaceWords } from "../../../../src/content/interface-words.ts";
import { printCharts } from "../../../../src/render/charts/print-charts.ts";
import { renderChartFigure } from "../../../../src/render/charts/render-chart-figure.ts";
import { BAR_CHART_LAYOUT, PRINT_BAR_CHART_LAYOUT } from "../../../../src/render/charts/render-bar-chart.ts";

// The Chinese fixture's three charts, drawn as a section places them (a generator test: not the
// shipped briefing, which a user replaces).
const [briefing] = loadBriefings("test/fixtures/chinese");
const words = loadInterfaceWords(briefing!.language);
const context = { locale: briefing!.language, words, figuresUrl: "/b/figures/" };
const viewBoxWidths = (html: string) => [...parseHTML(`<body>${html}</body>`).document.querySelectorAll("svg")].map((svg) => Number(svg.getAttribute("viewBox")!.split(" ")[2]));

describe("printCharts", () => {
  it("redraws every chart of a section on the paper's wider drawing, keeping its ids, caption and table", () => {
    const section = `<p>Before.</p>${briefing!.charts.map((chart) => renderChartFigure(chart, context)).join("")}<p>After.</p>`;
    expect(viewBoxWidths(section)).toEqual(briefing!.charts.map(() => BAR_CHART_LAYOUT.width));
    const printed = printCharts(section, briefing!.charts, briefing!.language, words);
    expect(viewBoxWidths(printed)).toEqual(briefing!.charts.map(() => PRINT_BAR_CHART_LAYOUT.width));
    // Only the drawing changes: the caption, the table and the prose around stay as they were.
    const outside = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, "<svg/>");
    expect(outside(printed)).toBe(outside(section));
    const { document } = parseHTML(`<body>${printed}</body>`);
    for (const chart of briefing!.charts) expect(document.querySelector(`#chart-${chart.id} svg`)?.getAttribute("aria-labelledby")).toBe(`chart-${chart.id}-title chart-${chart.id}-desc`);
  });

  it("leaves a chart it does not know as it is", () => {
    const html = renderChartFigure(briefing!.charts[0]!, context);
    expect(printCharts(html, [], briefing!.language, words)).toBe(html);
  });
});

describe("a chart's table in print", () => {
  it("is marked for printing only when the chart asks for it (printTable: true)", () => {
    const chart = briefing!.charts[0]!;
    expect(renderChartFigure(chart, context)).not.toContain("chart--print-table");
    expect(renderChartFigure({ ...chart, printTable: true }, context)).toContain('class="chart chart--bar chart--print-table"');
  });
});
