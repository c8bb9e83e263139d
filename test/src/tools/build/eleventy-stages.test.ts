import { describe, expect, it } from "vitest";
import { StageClock } from "../../../../src/base/stage-clock.ts";
import { splitEleventyStage, type EleventyBenchmarks } from "../../../../src/tools/build/eleventy-stages.ts";

/** Eleventy's benchmark manager as build-site reads it, with the given totals. */
function benchmarks(groups: Record<string, Record<string, number>>): EleventyBenchmarks {
  return {
    getAll: () =>
      Object.fromEntries(
        Object.entries(groups).map(([name, totals]) => [
          name,
          { setIsVerbose: () => undefined, benchmarks: Object.fromEntries(Object.entries(totals).map(([type, ms]) => [type, { getTotal: () => ms, getTimesCalled: () => 1 }])) },
        ]),
      ),
  };
}

describe("splitting Eleventy's run into stages", () => {
  it("takes the plugins' stages out of Eleventy's time and names templates, feeds, transforms, writing and the rest", () => {
    const clock = new StageClock();
    clock.add({ stage: "fonts", wallMs: 100, cpuMs: 90, calls: 1 });
    const before = clock.stages();
    // During eleventy.write(): the fonts are cut (again), the search index made.
    clock.add({ stage: "Eleventy", wallMs: 10_000, cpuMs: 8_000, calls: 1 });
    clock.add({ stage: "fonts", wallMs: 1_000, cpuMs: 900, calls: 1 });
    clock.add({ stage: "search index", wallMs: 2_000, cpuMs: 1_500, calls: 1 });
    splitEleventyStage(clock, before, benchmarks({
      Aggregate: {
        "> Render Content > ./src/site/briefing/section.njk": 3_000,
        "> Render Content > ./src/site/feeds/rss.njk": 500,
        "> Render Permalink > ./src/site/briefing/section.njk": 50,
        "Template Write": 400,
        "Template make parent directory": 100,
      },
      Configuration: { '"phrase-breaks" Transform': 700, '"labelsFor" Nunjucks Filter': 900 },
    }));
    const byStage = Object.fromEntries(clock.stages().map((time) => [time.stage, time]));
    expect(byStage["Eleventy"]).toBeUndefined();
    expect(byStage["Eleventy, all but the plugins' stages"]).toMatchObject({ wallMs: 7_000, cpuMs: 5_600 });
    expect(byStage["Eleventy: templates"]!.wallMs).toBe(3_000);
    expect(byStage["Eleventy: feeds"]!.wallMs).toBe(500);
    expect(byStage["Eleventy: transforms"]!.wallMs).toBe(700);
    expect(byStage["Eleventy: writing files"]!.wallMs).toBe(500);
    expect(byStage["Eleventy: data, collections, pagination (the rest)"]!.wallMs).toBe(7_000 - 3_000 - 500 - 700 - 500);
    expect(byStage["fonts"]).toMatchObject({ wallMs: 1_100, calls: 2 });
  });
});
