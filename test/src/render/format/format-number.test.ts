import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../../src/render/format/format-number.ts";

describe("formatNumber", () => {
  it("writes Chinese counts from ten thousand up with 万 and 亿", () => {
    expect(formatNumber(12000, "zh-CN")).toBe("1.2万");
    expect(formatNumber(113000, "zh-CN")).toBe("11.3万");
    expect(formatNumber(50000, "zh-CN")).toBe("5万");
    expect(formatNumber(300_000_000, "zh-CN")).toBe("3亿");
  });

  it("leaves smaller Chinese numbers ungrouped, as Chinese text writes them", () => {
    expect(formatNumber(4912, "zh-CN")).toBe("4912");
    expect(formatNumber(98.2, "zh-CN")).toBe("98.2");
  });

  it("groups digits in English", () => {
    expect(formatNumber(12000, "en")).toBe("12,000");
    expect(formatNumber(1234567.5, "en-GB")).toBe("1,234,567.5");
  });

  it("writes a negative number with the true minus sign, in every language and notation", () => {
    expect(formatNumber(-7, "en")).toBe("\u22127");
    expect(formatNumber(-12000, "en")).toBe("\u221212,000");
    expect(formatNumber(-12000, "zh-CN")).toBe("\u22121.2万");
    expect(formatNumber(-4.5, "zh-CN")).toBe("\u22124.5");
  });

  it("writes exactly the decimals asked for", () => {
    expect(formatNumber(-7, "en", "percent", { decimals: 1 })).toBe("\u22127.0");
    expect(formatNumber(98.2, "zh-CN", "percent", { decimals: 2 })).toBe("98.20");
    expect(formatNumber(13.44, "en", "count", { decimals: 1 })).toBe("13.4");
  });

  it("writes Chinese numbers in full when asked not to use 万 and 亿", () => {
    expect(formatNumber(13400, "zh-CN", "count", { compact: false })).toBe("13400");
  });

  it("never groups a year", () => {
    expect(formatNumber(2027, "en", "year")).toBe("2027");
    expect(formatNumber(2027, "zh-CN", "year")).toBe("2027");
  });
});

describe("formatNumber in Japanese", () => {
  it("writes 万, 億 and 兆 with the digits before them grouped, as Japanese does", () => {
    expect(formatNumber(25_070_000, "ja")).toBe("2,507万");
    expect(formatNumber(15e12, "ja")).toBe("15兆");
    expect(formatNumber(9_999, "ja")).toBe("9,999");
  });
});
