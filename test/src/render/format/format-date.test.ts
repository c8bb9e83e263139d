import { describe, expect, it } from "vitest";
import { formatDate } from "../../../../src/render/format/format-date.ts";
import { formatCitation } from "../../../../src/render/format/format-citation.ts";

describe("formatDate", () => {
  it("shows a date-time on the day it fell in the briefing's zone, not the build machine's", () => {
    // 23:30 in Shanghai is still the previous day in UTC.
    expect(formatDate("2023-06-27T23:30:00+08:00", "zh-CN", "Asia/Shanghai")).toBe("2023年6月27日");
    expect(formatDate("2023-06-27T23:30:00+08:00", "en-GB", "Europe/London")).toBe("27 June 2023");
  });

  it("shows a plain day as that day in any zone", () => {
    expect(formatDate("2024-03-29", "zh-CN", "America/Los_Angeles")).toBe("2024年3月29日");
  });

  it("rejects what is not a date", () => {
    expect(() => formatDate("next Tuesday", "en", "UTC")).toThrow(/not an ISO 8601 date/);
  });
});

describe("formatCitation", () => {
  it("cites in the form of the page's language", () => {
    const source = { title: "标题", publisher: "北京青年报", date: "2023-06-27T07:53:00+08:00" };
    expect(formatCitation(source, "zh-CN", "Asia/Shanghai")).toBe("北京青年报《标题》，2023年6月27日");
    expect(formatCitation({ ...source, title: "Title", publisher: "Office" }, "en-GB", "Asia/Shanghai")).toBe("Office, “Title”, 27 June 2023");
  });
});
