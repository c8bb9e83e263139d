import { describe, expect, it } from "vitest";
import { buildMoment } from "../../../src/base/build-moment.ts";

describe("buildMoment", () => {
  const clock = () => new Date("2030-01-01T00:00:00Z");

  it("is SOURCE_DATE_EPOCH when set, so a repeated build judges dates the same way", () => {
    expect(buildMoment("1717200000", clock).toISOString()).toBe("2024-06-01T00:00:00.000Z");
  });

  it("is the clock when SOURCE_DATE_EPOCH is unset or malformed", () => {
    expect(buildMoment(undefined, clock)).toEqual(clock());
    expect(buildMoment("yesterday", clock)).toEqual(clock());
  });
});
