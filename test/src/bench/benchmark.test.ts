import { describe, expect, it } from "vitest";
import { benchmark, describeSamples } from "../../../src/bench/benchmark.ts";

describe("benchmark", () => {
  it("warms up once and then measures each run", async () => {
    let calls = 0;
    const samples = await benchmark(3, async () => {
      calls += 1;
    });
    expect(calls).toBe(4);
    expect(samples).toHaveLength(3);
  });
});

describe("describeSamples", () => {
  it("reports the median and the range", () => {
    expect(describeSamples([30, 10, 20])).toBe("median 20 ms (10–30 ms)");
    expect(describeSamples([10, 40, 20, 30])).toBe("median 25 ms (10–40 ms)");
  });
});
