import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { loadInterfaceWords } from "../../../../src/content/interface-words.ts";
import { renderBarChart } from "../../../../src/render/charts/render-bar-chart.ts";
import { formatFigure } from "../../../../src/render/format/format-figure.ts";
import { estimateTextWidth } from "../../../../src/render/charts/text-width.ts";
import type { Chart } from "../../../../src/content/chart.ts";
import { CHINESE_BRIEFINGS } from "../../../helpers/fixtures.ts";
import { wordsFor } from "../../../helpers/project.ts";

// The Chinese example briefing (test/fixtures/chinese): a chart with a total, one on a 0–100% scale
// and one with a derived bar, whatever src/briefings holds.
const [briefing] = loadBriefings(CHINESE_BRIEFINGS);
const words = loadInterfaceWords(briefing!.language);

function svgOf(chartId: string) {
  const chart = briefing!.charts.find((c) => c.id === chartId)!;
  const { document } = parseHTML(`<body>${renderBarChart(chart, briefing!.language, words)}</body>`);
  return { chart, svg: document.querySelector("svg")!, document };
}

describe("renderBarChart", () => {
  for (const chartId of ["trade-by-direction", "partner-shares", "car-exports-2022-2023"]) {
    it(`draws one bar per data point of "${chartId}", each with its formatted value in its accessible text`, () => {
      const { chart, svg } = svgOf(chartId);
      const bars = [...svg.querySelectorAll("rect.chart__bar")];
      expect(bars.length).toBeGreaterThan(1);
      expect(bars).toHaveLength(chart.points.length);
      bars.forEach((bar, i) => {
        const point = chart.points[i]!;
        expect(Number(bar.getAttribute("data-value"))).toBe(point.value);
        expect(bar.querySelector("title")?.textContent).toContain(`${point.label}：${formatFigure(point, "zh-CN", wordsFor("zh-CN"))}`);
      });
    });

    it(`labels "${chartId}" as an image with a title and a description that carries every value`, () => {
      const { chart, svg, document } = svgOf(chartId);
      expect(svg.getAttribute("role")).toBe("img");
      const [titleId, descId] = svg.getAttribute("aria-labelledby")!.split(" ");
      expect(document.getElementById(titleId!)?.textContent).toBe(chart.title);
      const desc = document.getElementById(descId!)?.textContent ?? "";
      for (const point of chart.points) expect(desc).toContain(formatFigure(point, "zh-CN", wordsFor("zh-CN")));
    });
  }

  it("computes 2022's car exports as 2023's divided by 1.574 and labels the bar as derived, in the bar and its text", () => {
    const { chart, svg } = svgOf("car-exports-2022-2023");
    const derived = chart.points.find((p) => p.derivation)!;
    expect(derived.value).toBeCloseTo(5_221_000 / 1.574, 6);
    expect(derived.derivation!.from.id).toBe("car-exports");
    expect(derived.derivation!.divisor).toEqual({ value: 1.574, figure: undefined });
    const bar = svg.querySelector('rect[data-derived="true"]')!;
    expect(bar.getAttribute("class")).toContain("chart__bar--derived");
    expect(bar.querySelector("title")?.textContent).toBe("2022年：331.7万辆（推算值）");
    expect(svg.querySelectorAll("rect.chart__bar:not([data-derived])")).toHaveLength(1);
    expect([...svg.querySelectorAll(".chart__value")].map((t) => t.textContent)).toContain("331.7万辆 推算值");
  });

  it("adds exports and imports up to the year's total trade", () => {
    const { chart } = svgOf("trade-by-direction");
    expect(chart.total?.id).toBe("total-trade");
    expect(chart.points.reduce((sum, p) => sum + p.value, 0)).toBeCloseTo(chart.total!.value, 9);
    expect(chart.points.map((p) => p.figure?.id)).toEqual(["exports", "imports"]);
  });

  it("draws percentages on a fixed 0–100% scale, with every bar in proportion to it", () => {
    const { chart, svg } = svgOf("partner-shares");
    const track = Number(svg.querySelector("rect.chart__track")!.getAttribute("width"));
    for (const [i, bar] of [...svg.querySelectorAll("rect.chart__bar")].entries()) {
      expect(Number(bar.getAttribute("width")) / track).toBeCloseTo(chart.points[i]!.value / 100, 2);
    }
    expect([...svg.querySelectorAll(".chart__tick")].map((t) => t.textContent).at(-1)).toBe("100%");
  });

  it("carries its paint as presentation attributes, for readers without the site's CSS, and no inline style", () => {
    const { svg } = svgOf("car-exports-2022-2023");
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
    const { svg } = svgOf("partner-shares");
    const tracks = [...svg.querySelectorAll("rect.chart__track")];
    expect(tracks).toHaveLength(svg.querySelectorAll("rect.chart__bar").length);
    for (const track of tracks) expect([track.getAttribute("fill"), Number(track.getAttribute("opacity"))]).toEqual(["#8c8c8c", 0.3]);
  });

  describe("axis ticks", () => {
    const scaled = (): Chart => ({
      id: "arrivals",
      title: "Arrivals",
      type: "bar",
      points: [86_400_000, 62_000_000, 43_100_000].map((value, i) => ({ label: `Country ${i + 1}`, value, unit: "", kind: "count" as const, scale: "million" as const })),
    });
    const ticks = (locale: string) => {
      const { document } = parseHTML(`<body>${renderBarChart(scaled(), locale, loadInterfaceWords(locale))}</body>`);
      return [...document.querySelectorAll(".chart__tick")].map((t) => t.textContent);
    };

    it("are written in the bars' scale and the page's language, the scale's word once, on the last: 20 … 100 million, not 20,000,000", () => {
      expect(ticks("en")).toEqual(["0", "20", "40", "60", "80", "100 million"]);
      expect(ticks("fr").at(-1)).toBe("100 millions");
      expect(ticks("ru").at(-1)).toBe("100 млн");
      for (const locale of ["en", "fr", "ru", "es", "de"]) expect(ticks(locale).slice(0, -1).join(" ")).toMatch(/^[\d ]+$/);
      expect(ticks("en").join(" ")).not.toMatch(/000/);
    });

    it("carry the scale's word on zero when zero is the last tick, as when every bar falls", () => {
      const falling: Chart = { ...scaled(), points: scaled().points.map((point) => ({ ...point, value: -point.value })) };
      const { document } = parseHTML(`<body>${renderBarChart(falling, "en", loadInterfaceWords("en"))}</body>`);
      expect([...document.querySelectorAll(".chart__tick")].map((t) => t.textContent).at(-1)).toBe("0 million");
    });

    it("carry the language's percent spacing", () => {
      const chart: Chart = { id: "p", title: "P", type: "bar", points: [{ label: "A", value: 14.8, unit: "%", kind: "percent" }, { label: "B", value: 30, unit: "%", kind: "percent" }] };
      const { document } = parseHTML(`<body>${renderBarChart(chart, "fr", loadInterfaceWords("fr"))}</body>`);
      expect([...document.querySelectorAll(".chart__tick")].map((t) => t.textContent)).toContain("10 %");
    });
  });

  describe("with negative and mixed-sign values", () => {
    const point = (label: string, value: number) => ({ label, value, unit: "%", kind: "percent" as const, decimals: 1 });
    const english = loadInterfaceWords("en");
    const draw = (chart: Chart) => {
      const { document } = parseHTML(`<body>${renderBarChart(chart, "en", english)}</body>`);
      const svg = document.querySelector("svg")!;
      const [, , width] = svg.getAttribute("viewBox")!.split(" ").map(Number);
      return { svg, width: width! };
    };
    const mixed: Chart = {
      id: "mixed",
      title: "Change on 2022",
      type: "bar",
      points: [point("Total cargo throughput", -6.1), point("Dry bulk", -11.8), point("Containers", -7), point("Revenue", 1.9), point("Flat", 0)],
    };

    it("draws each bar from one zero line: falling bars end at it on the left, rising bars start at it", () => {
      const { svg } = draw(mixed);
      const zeros = [...svg.querySelectorAll(".chart__zero-line")].map((line) => Number(line.getAttribute("x1")));
      expect(zeros).toHaveLength(mixed.points.length);
      expect(new Set(zeros).size).toBe(1);
      const zero = zeros[0]!;
      const bars = [...svg.querySelectorAll("rect.chart__bar")];
      expect(bars).toHaveLength(5);
      const geometry = bars.map((bar) => ({ x: Number(bar.getAttribute("x")), width: Number(bar.getAttribute("width")), negative: bar.getAttribute("class")!.includes("chart__bar--negative") }));
      for (const [i, { x, width, negative }] of geometry.entries()) {
        const value = mixed.points[i]!.value;
        expect(width).toBeGreaterThanOrEqual(0);
        expect(negative).toBe(value < 0);
        if (value < 0) {
          expect(x).toBeLessThan(zero);
          expect(x + width).toBeCloseTo(zero, 1);
        } else {
          expect(x).toBeCloseTo(zero, 1);
        }
      }
      // Lengths are in proportion to the values: −11.8 is about 1.93 times −6.1.
      expect(geometry[1]!.width / geometry[0]!.width).toBeCloseTo(11.8 / 6.1, 1);
      expect(geometry[3]!.width / geometry[0]!.width).toBeCloseTo(1.9 / 6.1, 1);
      expect(geometry[4]!.width).toBe(0);
    });

    it("mirrors the chart right to left in Arabic: bars grow from the right, falling ones end at zero on the right", () => {
      const { document } = parseHTML(`<body>${renderBarChart(mixed, "ar", english)}</body>`);
      const rtl = document.querySelector("svg")!;
      expect(rtl.getAttribute("direction")).toBe("rtl");
      const width = Number(rtl.getAttribute("viewBox")!.split(" ")[2]);
      const boxes = (svg: Element) => [...svg.querySelectorAll("rect.chart__bar")].map((bar) => ({ x: Number(bar.getAttribute("x")), width: Number(bar.getAttribute("width")) }));
      const zero = Number(rtl.querySelector(".chart__zero-line")!.getAttribute("x1"));
      const bars = boxes(rtl);
      expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(11.8 / 6.1, 1);
      bars.forEach((bar, i) => {
        if (mixed.points[i]!.value > 0) expect(bar.x + bar.width).toBeCloseTo(zero, 1);
        if (mixed.points[i]!.value < 0) expect(bar.x).toBeCloseTo(zero, 1);
      });
      // Labels start at the right edge; under direction="rtl", "start" is the right end of a line.
      for (const line of rtl.querySelectorAll(".chart__label tspan")) expect(Number(line.getAttribute("x"))).toBe(width);
    });

    it("sets each value left to right beyond its bar's end in right-to-left charts, sign and percent with the number", () => {
      const { document } = parseHTML(`<body>${renderBarChart(mixed, "ar", english)}</body>`);
      const rows = [...document.querySelectorAll(".chart__row")];
      rows.forEach((row, i) => {
        const value = row.querySelector(".chart__value")!;
        const bar = row.querySelector("rect.chart__bar")!;
        const [x, barX, barWidth] = [Number(value.getAttribute("x")), Number(bar.getAttribute("x")), Number(bar.getAttribute("width"))];
        expect(value.getAttribute("direction")).toBe("ltr");
        expect(value.textContent).toMatch(/^\u200e?[-−]?\d[\d.,]*%$/);
        if (mixed.points[i]!.value < 0) {
          // Falling: the bar grows rightwards from zero, its value written on from its right end.
          expect(value.getAttribute("text-anchor")).toBeNull();
          expect(x).toBeGreaterThan(barX + barWidth);
        } else {
          // Rising: the bar grows leftwards, its value ends just left of it.
          expect(value.getAttribute("text-anchor")).toBe("end");
          expect(x).toBeLessThan(barX);
        }
      });
      for (const tick of document.querySelectorAll(".chart__tick")) expect(tick.getAttribute("direction")).toBe("ltr");
      // No Unicode isolate characters: Chromium draws them in SVG text with a system font.
      expect(document.querySelector("svg")!.outerHTML).not.toMatch(/[\u2066-\u2069]/);
    });

    it("anchors a right-to-left value in words that begins with its number as left-to-right text, as Chromium anchors it by its first character", () => {
      const arabic = loadInterfaceWords("ar");
      const chart: Chart = {
        id: "passengers",
        title: "عدد المسافرين",
        type: "bar",
        points: [86_396_757, 66_069_981].map((value, i) => ({ label: `${2019 + i}`, value, unit: "مسافر", kind: "count" as const, scale: "million" as const, decimals: 1 })),
      };
      const { document } = parseHTML(`<body>${renderBarChart(chart, "ar", arabic)}</body>`);
      for (const value of document.querySelectorAll(".chart__value")) {
        expect(value.innerHTML).toMatch(/^<tspan direction="ltr"/);
        // Rising bars grow leftwards from the right; "end" puts the text's left-to-right end at x, left of the bar.
        expect(value.getAttribute("text-anchor")).toBe("end");
      }
      const last = [...document.querySelectorAll(".chart__tick")].at(-1)!;
      expect(last.textContent).toMatch(/\p{Script=Arabic}/u);
      expect(last.getAttribute("direction")).toBeNull();
    });

    it("writes every value label beyond its bar's end and inside the drawing, never off an edge", () => {
      const { svg, width } = draw(mixed);
      const labels = [...svg.querySelectorAll(".chart__value")];
      const bars = [...svg.querySelectorAll("rect.chart__bar")];
      expect(labels.map((label) => label.textContent)).toEqual(["\u22126.1%", "\u221211.8%", "\u22127.0%", "1.9%", "0.0%"]);
      labels.forEach((label, i) => {
        const x = Number(label.getAttribute("x"));
        const textWidth = estimateTextWidth(label.textContent!, Number(label.getAttribute("font-size")));
        const bar = bars[i]!;
        const barX = Number(bar.getAttribute("x"));
        const barEnd = barX + Number(bar.getAttribute("width"));
        if (mixed.points[i]!.value < 0) {
          expect(label.getAttribute("text-anchor")).toBe("end");
          expect(x).toBeLessThanOrEqual(barX);
          expect(x - textWidth).toBeGreaterThanOrEqual(0);
        } else {
          expect(label.getAttribute("text-anchor")).toBeNull();
          expect(x).toBeGreaterThanOrEqual(barEnd);
          expect(x + textWidth).toBeLessThanOrEqual(width);
        }
      });
      for (const tick of svg.querySelectorAll(".chart__tick")) {
        const x = Number(tick.getAttribute("x"));
        const textWidth = estimateTextWidth(tick.textContent!, Number(tick.getAttribute("font-size")));
        const anchor = tick.getAttribute("text-anchor");
        const left = anchor === "start" ? x : anchor === "end" ? x - textWidth : x - textWidth / 2;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + textWidth).toBeLessThanOrEqual(width);
      }
      expect([...svg.querySelectorAll(".chart__tick")].map((t) => t.textContent)).toContain("\u221210%");
    });

    it("draws a chart of only falling values leftwards from zero at the right", () => {
      const { svg, width } = draw({ ...mixed, points: mixed.points.slice(0, 3) });
      const zero = Number(svg.querySelector(".chart__zero-line")!.getAttribute("x1"));
      expect(zero).toBeGreaterThan(width / 2);
      for (const bar of svg.querySelectorAll("rect.chart__bar")) {
        expect(Number(bar.getAttribute("x")) + Number(bar.getAttribute("width"))).toBeCloseTo(zero, 1);
      }
    });

    it("draws no zero line when nothing falls below zero", () => {
      expect(svgOf("trade-by-direction").svg.querySelector(".chart__zero-line")).toBeNull();
    });
  });
});
