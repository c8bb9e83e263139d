import { describe, expect, it } from "vitest";
import { rfc3339Problem, rfc822Problem } from "../../../../src/tools/check/feed-dates.ts";

describe("RSS dates, by RFC 822 as the W3C feed validator reads it", () => {
  it("accept the feeds' own form, with and without a weekday, and GMT", () => {
    expect(rfc822Problem("Tue, 27 Jun 2023 18:00:00 +0800")).toBeUndefined();
    expect(rfc822Problem("27 Jun 2023 18:00 GMT")).toBeUndefined();
  });

  it("refuse ISO dates, two-digit years, impossible days and a wrong weekday", () => {
    expect(rfc822Problem("2023-06-27T18:00:00+08:00")).toMatch(/is not an RFC 822 date/);
    expect(rfc822Problem("Tue, 27 Jun 23 18:00:00 +0800")).toMatch(/is not an RFC 822 date/);
    expect(rfc822Problem("Thu, 30 Feb 2023 18:00:00 +0800")).toMatch(/is not a real date and time/);
    expect(rfc822Problem("Mon, 27 Jun 2023 18:00:00 +0800")).toBe('"Mon, 27 Jun 2023 18:00:00 +0800" gives the wrong weekday (that day is a Tue)');
  });

  it("judge the weekday by the date as written, not by the UTC instant", () => {
    // 00:30 +0800 on Wednesday is still Tuesday in UTC.
    expect(rfc822Problem("Wed, 28 Jun 2023 00:30:00 +0800")).toBeUndefined();
  });
});

describe("Atom and JSON Feed dates, by RFC 3339", () => {
  it("accept a date-time with an offset or Z, and fractions of a second", () => {
    expect(rfc3339Problem("2023-06-27T18:00:00+08:00")).toBeUndefined();
    expect(rfc3339Problem("2023-06-27T10:00:00.250Z")).toBeUndefined();
  });

  it("refuse a date alone, a missing offset, an RFC 822 date and an impossible day", () => {
    for (const value of ["2023-06-27", "2023-06-27T18:00:00", "Tue, 27 Jun 2023 18:00:00 +0800"]) {
      expect(rfc3339Problem(value)).toMatch(/is not an RFC 3339 date-time/);
    }
    expect(rfc3339Problem("2023-02-30T18:00:00+08:00")).toMatch(/is not a real date and time/);
  });
});
