import { describe, expect, it } from "vitest";
import { instantOf, offsetMinutes, toRfc3339, toRfc822 } from "../../../../src/outputs/feeds/feed-dates.ts";

describe("feed dates", () => {
  it("write a Beijing date-time with +08:00 in RFC 3339 and +0800 in RFC 822, whatever zone the build runs in", () => {
    const instant = instantOf("2023-06-27T18:00:00+08:00", "Asia/Shanghai");
    expect(toRfc3339(instant, "Asia/Shanghai")).toBe("2023-06-27T18:00:00+08:00");
    expect(toRfc822(instant, "Asia/Shanghai")).toBe("Tue, 27 Jun 2023 18:00:00 +0800");
  });

  it("move an instant given in another offset into the briefing's zone without changing it", () => {
    const instant = instantOf("2023-06-27T07:53:00Z", "Asia/Shanghai");
    expect(toRfc3339(instant, "Asia/Shanghai")).toBe("2023-06-27T15:53:00+08:00");
    expect(Date.parse(toRfc3339(instant, "Asia/Shanghai"))).toBe(instant.getTime());
    expect(Date.parse(toRfc822(instant, "Asia/Shanghai"))).toBe(instant.getTime());
  });

  it("take a plain day as 00:00 on that day in the briefing's zone", () => {
    expect(toRfc3339(instantOf("2024-03-29", "Asia/Shanghai"), "Asia/Shanghai")).toBe("2024-03-29T00:00:00+08:00");
    expect(toRfc822(instantOf("2024-03-29", "Asia/Shanghai"), "Asia/Shanghai")).toBe("Fri, 29 Mar 2024 00:00:00 +0800");
    expect(instantOf("2024-03-29", "Asia/Shanghai").toISOString()).toBe("2024-03-28T16:00:00.000Z");
  });

  it("follow summer time in zones that have it", () => {
    expect(toRfc3339(instantOf("2024-05-10", "Europe/London"), "Europe/London")).toBe("2024-05-10T00:00:00+01:00");
    expect(toRfc822(instantOf("2024-01-10", "Europe/London"), "Europe/London")).toBe("Wed, 10 Jan 2024 00:00:00 +0000");
    expect(toRfc3339(instantOf("2024-03-10", "America/New_York"), "America/New_York")).toBe("2024-03-10T00:00:00-05:00");
    expect(offsetMinutes(new Date("2024-07-01T00:00:00Z"), "America/New_York")).toBe(-240);
  });
});
