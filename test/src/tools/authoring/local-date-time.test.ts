import { describe, expect, it } from "vitest";
import { localDateTime } from "../../../../src/tools/authoring/local-date-time.ts";

describe("localDateTime", () => {
  it("writes the moment with the machine's UTC offset, naming the same instant", () => {
    const moment = new Date("2026-03-05T07:08:59.500Z");
    const written = localDateTime(moment);
    expect(written).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
    // To the minute: seconds are dropped, the instant is otherwise the same.
    expect(Date.parse(written)).toBe(Date.parse("2026-03-05T07:08:00Z"));
  });
});
