import { describe, expect, it } from "vitest";
import { briefingCitation } from "../../../../src/render/citation/briefing-citation.ts";

const chinese = {
  slug: "report",
  title: "港口简报",
  publisher: "编辑组",
  date: "2023-06-27T18:00:00+08:00",
  updated: "2023-06-27T18:00:00+08:00",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  summary: "摘要。",
  tags: [],
};

describe("briefingCitation", () => {
  it("cites a Chinese briefing with title marks, the day in Chinese and its address", () => {
    expect(briefingCitation(chinese, "https://example.org/report/")).toBe("编辑组《港口简报》，2023年6月27日。https://example.org/report/");
  });

  it("cites an English briefing with quotation marks and names its revision", () => {
    const english = { ...chinese, title: "Harbour review", publisher: "Harbour Desk", language: "en", timeZone: "America/New_York", date: "2024-07-01T08:00:00-04:00", updated: "2024-07-15T12:30:00-04:00" };
    expect(briefingCitation(english, "https://example.org/h/")).toBe("Harbour Desk. “Harbour review.” July 1, 2024 (updated July 15, 2024). https://example.org/h/");
  });

  it("names a revision of a Chinese briefing in Chinese", () => {
    expect(briefingCitation({ ...chinese, updated: "2023-07-01T09:00:00+08:00" }, "https://example.org/r/")).toBe("编辑组《港口简报》，2023年6月27日（2023年7月1日更新）。https://example.org/r/");
  });
});
