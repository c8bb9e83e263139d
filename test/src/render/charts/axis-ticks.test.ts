import { describe, expect, it } from "vitest";
import { scaleLinear } from "d3-scale";
import { fitAxisTicks, type AxisTick } from "../../../../src/render/charts/axis-ticks.ts";
import { estimateTextWidth } from "../../../../src/render/charts/text-width.ts";

const FONT_SIZE = 11;
const axis = (width: number) => scaleLinear().domain([0, 100]).range([1, width - 1]);

/** The label boxes, left to right, as the estimate that places them sees them. */
function boxes(ticks: AxisTick[]): [number, number][] {
  return ticks.map((tick) => {
    const w = estimateTextWidth(tick.text, FONT_SIZE);
    const left = tick.anchor === "start" ? tick.x : tick.anchor === "end" ? tick.x - w : tick.x - w / 2;
    return [left, left + w];
  });
}

function expectApartAndInside(ticks: AxisTick[], width: number): void {
  const placed = boxes(ticks);
  placed.forEach(([left, right], i) => {
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(width);
    if (i > 0) expect(left).toBeGreaterThan(placed[i - 1]![1]);
  });
}

describe("fitAxisTicks", () => {
  it("keeps d3's ticks at 0, 20 … 100 when short labels fit", () => {
    const ticks = fitAxisTicks(axis(360), (value) => String(value), 360, FONT_SIZE);
    expect(ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expectApartAndInside(ticks, 360);
  });

  it("draws fewer ticks when labels are wide, rather than let them overlap", () => {
    const ticks = fitAxisTicks(axis(200), (value) => `${value} millions`, 200, FONT_SIZE);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThan(6);
    expectApartAndInside(ticks, 200);
  });

  it("keeps only the last tick, the one that carries the unit, when not even two labels fit", () => {
    const ticks = fitAxisTicks(axis(130), (value, last) => (last ? `${value} millions` : `${value} millions de passagers`), 130, FONT_SIZE);
    expect(ticks.map((tick) => [tick.value, tick.text])).toEqual([[100, "100 millions"]]);
    expectApartAndInside(ticks, 130);
  });

  it("never leaves a lone 0, which says nothing of the scale: zero and the end, or the end alone", () => {
    // Spanish "−200 mil … 800 mil" across 60 units, as a chart whose values take most of the width draws it.
    const x = scaleLinear().domain([-200, 800]).range([150, 210]);
    const ticks = fitAxisTicks(x, (value, last) => `${value}${last ? " mil" : ""}`, 360, FONT_SIZE);
    expect(ticks.at(-1)?.value).toBe(800);
    expectApartAndInside(ticks, 360);
  });

  it("marks only the highest tick drawn as the last", () => {
    const lasts: number[] = [];
    fitAxisTicks(axis(360), (value, last) => (last && lasts.push(value), String(value)), 360, FONT_SIZE);
    expect(lasts.at(-1)).toBe(100);
  });
});
