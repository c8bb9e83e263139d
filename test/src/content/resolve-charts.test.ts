import { describe, expect, it } from "vitest";
import { resolveCharts } from "../../../src/content/resolve-charts.ts";
import { chartSchema, figureSchema, type Figure } from "../../../src/content/schema.ts";

// Beijing's foreign affairs office, first half of 2023: 78 delegations of state and party guests,
// "twice the total of the three years before" (the shipped briefing states both, with its source).
const figures = new Map<string, Figure>(
  [
    { id: "state-guest-delegations-2023h1", label: "上半年接待党宾国宾团组", value: 78, unit: "个", period: "2023年上半年" },
    { id: "delegations-ratio-vs-prior-3y", label: "上半年团组量相当于过去三年总量", value: 2, unit: "倍", period: "2023年上半年", kind: "ratio" },
  ].map((figure) => [figure.id, figureSchema.parse(figure)]),
);

const chart = (divideBy: string | number) =>
  chartSchema.parse({
    id: "state-guest-delegations-reopening",
    title: "党宾国宾团组：2023年上半年与此前三年",
    series: [
      { label: "过去三年总和", derived: { from: "state-guest-delegations-2023h1", divideBy, note: "原文只称上半年团组数量相当于过去三年总和的两倍。" } },
      { label: "2023年上半年", figure: "state-guest-delegations-2023h1" },
    ],
  });

describe("resolveCharts", () => {
  it("divides a derived bar by the key figure its divideBy names, keeping that figure", () => {
    const { charts, issues } = resolveCharts([chart("delegations-ratio-vs-prior-3y")], figures);
    expect(issues).toEqual([]);
    const derived = charts[0]!.points[0]!;
    expect(derived.value).toBe(39);
    expect(derived.derivation!.from.id).toBe("state-guest-delegations-2023h1");
    expect(derived.derivation!.divisor.value).toBe(2);
    expect(derived.derivation!.divisor.figure?.id).toBe("delegations-ratio-vs-prior-3y");
  });

  it("names the field when divideBy names no key figure", () => {
    const { charts, issues } = resolveCharts([chart("no-such-figure")], figures);
    expect(charts).toEqual([]);
    expect(issues).toEqual([{ field: ["charts", 0, "series", 0, "derived", "divideBy"], message: expect.stringContaining('no key figure with id "no-such-figure"') }]);
  });
});
