import { describe, expect, it } from "vitest";
import { datesOutOfOrder, datesTooFarAhead } from "../../../src/content/check-dates.ts";
import type { BriefingFile } from "../../../src/content/schema.ts";

const NOW = new Date("2024-06-01T00:00:00Z");
const dates = (fields: Partial<BriefingFile>) =>
  ({ date: "2024-05-02T09:30:00+01:00", timeZone: "Europe/London", updates: [], ...fields }) as BriefingFile;
const update = (date: string) => ({ date, title: "Update", note: "A note." });

describe("datesTooFarAhead", () => {
  it("refuses a date more than a year after the build, naming the field", () => {
    const issues = datesTooFarAhead(dates({ date: "2999-01-01T09:00:00+01:00" }), NOW);
    expect(issues).toEqual([{ field: ["date"], message: expect.stringContaining("more than a year after this build (2024-06-01)") }]);
  });

  it("accepts a briefing scheduled up to a year ahead", () => {
    expect(datesTooFarAhead(dates({ date: "2025-05-30T09:00:00+01:00" }), NOW)).toEqual([]);
  });

  it("refuses updated and update dates far ahead too", () => {
    const issues = datesTooFarAhead(dates({ updated: "2099-01-01T00:00:00Z", updates: [update("2024-05-10"), update("3024-05-10")] }), NOW);
    expect(issues.map((issue) => issue.field)).toEqual([["updated"], ["updates", 1, "date"]]);
  });
});

describe("datesOutOfOrder", () => {
  it("refuses updated before date", () => {
    const issues = datesOutOfOrder(dates({ updated: "2024-05-01T09:30:00+01:00" }));
    expect(issues).toEqual([{ field: ["updated"], message: expect.stringContaining("is before the briefing's date (2024-05-02T09:30:00+01:00)") }]);
  });

  it("refuses an update dated before the briefing, by day in the briefing's time zone", () => {
    const issues = datesOutOfOrder(dates({ updates: [update("2024-05-02"), update("2024-05-01"), update("2024-05-01T23:30:00Z")] }));
    // 23:30 UTC on 1 May is 00:30 on 2 May in London: the briefing's own day.
    expect(issues.map((issue) => issue.field)).toEqual([["updates", 1, "date"]]);
    expect(issues[0]!.message).toContain("before the briefing's date (2024-05-02)");
  });

  it("accepts updated equal to date, and updates on or after its day", () => {
    expect(datesOutOfOrder(dates({ updated: "2024-05-02T09:30:00+01:00", updates: [update("2024-05-02"), update("2025-01-01")] }))).toEqual([]);
  });
});
