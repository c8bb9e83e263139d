import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { loadInterfaceWords } from "../../../src/content/interface-words.ts";
import { renderBarChart } from "../../../src/charts/render-bar-chart.ts";
import { formatFigure } from "../../../src/format/format-figure.ts";

// The shipped briefing: its three charts are the ones the issue asks for.
const [briefing] = loadBriefings("src/briefings");
const words = loadInterfaceWords(briefing!.language);

function svgOf(chartId: string) {
  const chart = briefing!.charts.find((c) => c.id === chartId)!;
  const { document } = parseHTML(`<body>${renderBarChart(chart, briefing!.language, words)}</body>`);
  return { chart, svg: document.querySelector("svg")!, document };
}

describe("renderBarChart", () => {
  for (const chartId of ["sports-events-2023-by-category", "foreign-language-services", "state-guest-delegations-reopening"]) {
    it(`draws one bar per data point of "${chartId}", each with its formatted value in its accessible text`, () => {
      const { chart, svg } = svgOf(chartId);
      const bars = [...svg.querySelectorAll("rect.chart__bar")];
      expect(bars).toHaveLength(chart.points.length);
      bars.forEach((bar, i) => {
        const point = chart.points[i]!;
        expect(Number(bar.getAttribute("data-value"))).toBe(point.value);
        expect(bar.querySelector("title")?.textContent).toContain(`${point.label}：${formatFigure(point, "zh-CN")}`);
      });
    });

    it(`labels "${chartId}" as an image with a title and a description that carries every value`, () => {
      const { chart, svg, document } = svgOf(chartId);
      expect(svg.getAttribute("role")).toBe("img");
      const [titleId, descId] = svg.getAttribute("aria-labelledby")!.split(" ");
      expect(document.getElementById(titleId!)?.textContent).toBe(chart.title);
      const desc = document.getElementById(descId!)?.textContent ?? "";
      for (const point of chart.points) expect(desc).toContain(formatFigure(point, "zh-CN"));
    });
  }

  it("computes the three years before the reopening as 78 ÷ 2 and labels it as derived, in the bar and its text", () => {
    const { chart, svg } = svgOf("state-guest-delegations-reopening");
    const derived = chart.points.find((p) => p.derivation)!;
    expect(derived.value).toBe(39);
    expect(derived.derivation!.from.id).toBe("state-guest-delegations-2023h1");
    expect(derived.derivation!.divisor.figure?.id).toBe("delegations-ratio-vs-prior-3y");
    const bar = svg.querySelector('rect[data-derived="true"]')!;
    expect(bar.getAttribute("class")).toContain("chart__bar--derived");
    expect(bar.querySelector("title")?.textContent).toBe("过去三年总和：39个（推算值）");
    expect(svg.querySelectorAll("rect.chart__bar:not([data-derived])")).toHaveLength(1);
    expect([...svg.querySelectorAll(".chart__value")].map((t) => t.textContent)).toContain("39个 推算值");
  });

  it("adds the sports events by category up to the year's total", () => {
    const { chart } = svgOf("sports-events-2023-by-category");
    expect(chart.total?.id).toBe("sports-events-2023");
    expect(chart.points.reduce((sum, p) => sum + p.value, 0)).toBe(chart.total!.value);
    expect(chart.points.map((p) => p.figure?.id)).toEqual([
      "sports-events-own-brand",
      "sports-events-ice-snow-calendar",
      "sports-events-commercial",
      "sports-events-mass",
    ]);
  });

  it("draws percentages on a fixed 0–100% scale, with every bar in proportion to it", () => {
    const { chart, svg } = svgOf("foreign-language-services");
    const track = Number(svg.querySelector("rect.chart__track")!.getAttribute("width"));
    for (const [i, bar] of [...svg.querySelectorAll("rect.chart__bar")].entries()) {
      expect(Number(bar.getAttribute("width")) / track).toBeCloseTo(chart.points[i]!.value / 100, 2);
    }
    expect([...svg.querySelectorAll(".chart__tick")].map((t) => t.textContent).at(-1)).toBe("100%");
  });

  it("carries its paint as presentation attributes, for readers without the site's CSS, and no inline style", () => {
    const { svg } = svgOf("state-guest-delegations-reopening");
    const [derived, measured] = [...svg.querySelectorAll("rect.chart__bar")];
    expect(derived!.getAttribute("data-derived")).toBe("true");
    expect([derived!.getAttribute("fill"), derived!.getAttribute("stroke"), derived!.getAttribute("stroke-dasharray")]).toEqual(["none", "currentColor", "4 3"]);
    expect([measured!.getAttribute("fill"), measured!.hasAttribute("stroke-dasharray")]).toEqual(["currentColor", false]);
    for (const line of svg.querySelectorAll("line")) expect(line.getAttribute("stroke")).toMatch(/^#[0-9a-f]{6}$/);
    for (const text of svg.querySelectorAll("text")) expect(text.getAttribute("fill")).toBe("currentColor");
    // Attributes, never style="…": the site's stylesheet must be able to override every one.
    expect(svg.outerHTML).not.toMatch(/\bstyle=/);
  });

  it("gives a 0–100% chart's tracks a fill of their own, lighter than the bars", () => {
    const { svg } = svgOf("foreign-language-services");
    const tracks = [...svg.querySelectorAll("rect.chart__track")];
    expect(tracks).toHaveLength(svg.querySelectorAll("rect.chart__bar").length);
    for (const track of tracks) expect([track.getAttribute("fill"), Number(track.getAttribute("opacity"))]).toEqual(["#8c8c8c", 0.3]);
  });
});
