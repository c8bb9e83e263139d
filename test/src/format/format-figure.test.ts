import { describe, expect, it } from "vitest";
import { figureParts, formatChange, formatFigure } from "../../../src/format/format-figure.ts";

const visits = { value: 12000, unit: "人次", qualifier: "近" as const, kind: "count" as const };

describe("formatFigure", () => {
  it("puts 近, 超 and 约 before the number and 余 after it, as Chinese writes them", () => {
    expect(formatFigure(visits, "zh-CN")).toBe("近1.2万人次");
    expect(formatFigure({ value: 100, unit: "个", qualifier: "余", kind: "count" }, "zh-CN")).toBe("100余个");
    expect(formatFigure({ value: 85, unit: "%", kind: "percent" }, "zh-CN")).toBe("85%");
  });

  it("translates the qualifier and spaces the unit in English", () => {
    expect(formatFigure({ value: 12000, unit: "TEU", qualifier: "近", kind: "count" }, "en")).toBe("nearly 12,000 TEU");
    expect(formatFigure({ value: 98.2, unit: "%", kind: "percent" }, "en")).toBe("98.2%");
  });

  it("keeps the number apart from its words for styling", () => {
    expect(figureParts(visits, "zh-CN")).toEqual({ before: "近", number: "1.2万", after: "人次" });
  });
});

describe("formatChange", () => {
  it("signs the change and names its basis", () => {
    expect(formatChange({ value: 19.8, unit: "%", basis: "环比" }, "zh-CN")).toBe("环比+19.8%");
    expect(formatChange({ value: -3.5, unit: "%", basis: "year on year" }, "en")).toBe("year on year −3.5%");
  });
});
