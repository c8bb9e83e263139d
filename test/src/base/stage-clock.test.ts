import { describe, expect, it } from "vitest";
import { StageClock } from "../../../src/base/stage-clock.ts";

describe("the stage clock", () => {
  it("adds up the wall and CPU time of a stage timed more than once, in the order stages were first timed", async () => {
    const clock = new StageClock();
    const spin = (ms: number) => {
      const end = process.cpuUsage().user + ms * 1000;
      while (process.cpuUsage().user < end);
    };
    clock.timeSync("fonts", () => spin(30));
    await clock.time("search index", async () => spin(10));
    clock.timeSync("fonts", () => spin(30));
    const [fonts, search] = clock.stages();
    expect(fonts).toMatchObject({ stage: "fonts", calls: 2 });
    expect(fonts!.cpuMs).toBeGreaterThanOrEqual(55);
    expect(fonts!.wallMs).toBeGreaterThanOrEqual(fonts!.cpuMs! * 0.5);
    expect(search).toMatchObject({ stage: "search index", calls: 1 });
  });

  it("keeps a stage's time when its work throws", () => {
    const clock = new StageClock();
    expect(() => clock.timeSync("loading and validation", () => { throw new Error("bad yaml"); })).toThrow("bad yaml");
    expect(clock.stages().map((time) => time.stage)).toEqual(["loading and validation"]);
  });
});
