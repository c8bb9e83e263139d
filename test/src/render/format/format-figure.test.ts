import { describe, expect, it } from "vitest";
import { changeTone, figureParts, formatChange, formatFigure } from "../../../../src/render/format/format-figure.ts";
import { wordsFor } from "../../../helpers/project.ts";

const visits = { value: 12000, unit: "人次", qualifier: "nearly" as const, kind: "count" as const };

describe("formatFigure", () => {
  it("puts 近, 超 and 约 before the number and 余 after it, as Chinese writes them", () => {
    expect(formatFigure(visits, "zh-CN", wordsFor("zh-CN"))).toBe("近1.2万人次");
    expect(formatFigure({ value: 100, unit: "个", qualifier: "more-than", kind: "count" }, "zh-CN", wordsFor("zh-CN"))).toBe("100余个");
    expect(formatFigure({ value: 40, unit: "位", qualifier: "over", kind: "count" }, "zh-CN", wordsFor("zh-CN"))).toBe("超40位");
    expect(formatFigure({ value: 30, unit: "项", qualifier: "about", kind: "count" }, "zh-CN", wordsFor("zh-CN"))).toBe("约30项");
    expect(formatFigure({ value: 85, unit: "%", kind: "percent" }, "zh-CN", wordsFor("zh-CN"))).toBe("85%");
  });

  it("words each qualifier in English, before the number, and spaces the unit", () => {
    expect(formatFigure({ value: 12000, unit: "TEU", qualifier: "about", kind: "count" }, "en", wordsFor("en"))).toBe("about 12,000 TEU");
    expect(formatFigure({ value: 12000, unit: "TEU", qualifier: "nearly", kind: "count" }, "en", wordsFor("en"))).toBe("nearly 12,000 TEU");
    expect(formatFigure({ value: 100, unit: "projects", qualifier: "more-than", kind: "count" }, "en", wordsFor("en"))).toBe("more than 100 projects");
    expect(formatFigure({ value: 40, unit: "executives", qualifier: "over", kind: "count" }, "en", wordsFor("en"))).toBe("over 40 executives");
    expect(formatFigure({ value: 98.2, unit: "%", kind: "percent" }, "en", wordsFor("en"))).toBe("98.2%");
  });

  it("keeps the precision a figure is written with, and writes a negative with the true minus sign", () => {
    expect(formatFigure({ value: -7, decimals: 1, unit: "%", kind: "percent" }, "en", wordsFor("en"))).toBe("\u22127.0%");
    expect(formatFigure({ value: -7, decimals: 1, unit: "%", kind: "percent" }, "zh-CN", wordsFor("zh-CN"))).toBe("\u22127.0%");
    expect(formatFigure({ value: 98.2, decimals: 2, unit: "%", kind: "percent" }, "en", wordsFor("en"))).toBe("98.20%");
    expect(formatFigure({ value: -4912, unit: "", kind: "count" }, "en", wordsFor("en"))).not.toContain("-");
  });

  it("shows a figure at its scale while the value stays exact: 13.4 million TEU, 1340万标准箱", () => {
    const teu = { value: 13_400_000, unit: "TEU", kind: "count" as const, decimals: 1 };
    expect(formatFigure({ ...teu, scale: "million" }, "en", wordsFor("en"))).toBe("13.4 million TEU");
    expect(formatFigure({ ...teu, scale: "million", qualifier: "about" }, "en", wordsFor("en"))).toBe("about 13.4 million TEU");
    expect(formatFigure({ ...teu, unit: "标准箱", decimals: undefined, scale: "ten-thousand" }, "zh-CN", wordsFor("zh-CN"))).toBe("1340万标准箱");
    expect(formatFigure({ value: 438_800_000, unit: "吨", kind: "count", scale: "hundred-million" }, "zh-CN", wordsFor("zh-CN"))).toBe("4.388亿吨");
    expect(figureParts({ ...teu, scale: "million", qualifier: "nearly" }, "en", wordsFor("en"))).toEqual({ before: "nearly ", number: "13.4", after: " million TEU" });
  });

  it("keeps the number apart from its words for styling", () => {
    expect(figureParts(visits, "zh-CN", wordsFor("zh-CN"))).toEqual({ before: "近", number: "1.2万", after: "人次" });
  });

  it("takes qualifier and scale words from the interface words it is given", () => {
    const words = { qualifierAbout: "environ {n}", scaleMillion: "{n} millions" };
    expect(formatFigure({ value: 2_500_000, unit: "t", kind: "count", scale: "million", qualifier: "about" }, "en", words)).toBe("environ 2.5 millions t");
  });
});

describe("formatChange", () => {
  it("signs the change and names its basis", () => {
    expect(formatChange({ value: 19.8, unit: "%", basis: "环比" }, "zh-CN")).toBe("环比+19.8%");
    expect(formatChange({ value: -3.5, unit: "%", basis: "year on year" }, "en")).toBe("year on year\u00a0\u22123.5%");
  });

  it("keeps the precision the change is written with", () => {
    expect(formatChange({ value: -7, decimals: 1, unit: "%", basis: "on 2022" }, "en")).toBe("on 2022\u00a0\u22127.0%");
  });
});

describe("changeTone", () => {
  it("reads a change as good or bad news by the direction its figure calls good, neutral by default", () => {
    expect(changeTone({ value: -7, good: "up" })).toBe("bad");
    expect(changeTone({ value: 5, good: "up" })).toBe("good");
    expect(changeTone({ value: -7, good: "down" })).toBe("good");
    expect(changeTone({ value: 5, good: "down" })).toBe("bad");
    expect(changeTone({ value: 5, good: "neutral" })).toBe("neutral");
    expect(changeTone({ value: 5 })).toBe("neutral");
    expect(changeTone({ value: 0, good: "up" })).toBe("neutral");
  });
});

describe("formatFigure in each language's own way (issue 16)", () => {
  it("writes the French percent with a narrow no-break space: 14,8 %", () => {
    expect(formatFigure({ value: 14.8, unit: "%", kind: "percent" }, "fr-FR", wordsFor("fr"))).toBe("14,8\u202f%");
    expect(formatChange({ value: 19.8, unit: "%", basis: "sur un an" }, "fr")).toBe("sur un an\u00a0+19,8\u202f%");
    expect(formatFigure({ value: 14.8, unit: "%", kind: "percent" }, "de", wordsFor("de"))).toBe("14,8\u00a0%");
    expect(formatFigure({ value: 14.8, unit: "%", kind: "percent" }, "en", wordsFor("en"))).toBe("14.8%");
  });

  it("sets Japanese units with no space, digits grouped before 万, 億 and 兆 (jlreq)", () => {
    expect(formatFigure({ value: 25_070_000, unit: "人", kind: "count", qualifier: "about" }, "ja-JP", wordsFor("ja"))).toBe("約2,507万人");
    expect(formatFigure({ value: 15e12, unit: "円", kind: "count" }, "ja-JP", wordsFor("ja"))).toBe("15兆円");
    expect(formatFigure({ value: 15e12, unit: "円", kind: "count", scale: "trillion" }, "ja-JP", wordsFor("ja"))).toBe("15兆円");
    expect(formatFigure({ value: 5_306_500_000_000, unit: "円", kind: "count", scale: "hundred-million" }, "ja-JP", wordsFor("ja"))).toBe("53,065億円");
  });

  it("puts the Japanese qualifier where Japanese puts it: after the unit for 超 and 近く", () => {
    expect(formatFigure({ value: 25_000_000, unit: "人", kind: "count", qualifier: "over", scale: "ten-thousand" }, "ja", wordsFor("ja"))).toBe("2,500万人超");
    expect(formatFigure({ value: 30_000_000, unit: "人", kind: "count", qualifier: "nearly", scale: "ten-thousand" }, "ja", wordsFor("ja"))).toBe("3,000万人近く");
  });

  it("keeps Korean's space before a counter and its 만/억 scales", () => {
    expect(formatFigure({ value: 25_070_000, unit: "명", kind: "count", scale: "ten-thousand" }, "ko", wordsFor("ko"))).toBe("2,507만 명");
  });

  it("takes the plural of a scale word from the number (1,5 million, 13,4 millions) and keeps a French unit on its number", () => {
    expect(formatFigure({ value: 1_500_000, unit: "t", kind: "count", scale: "million" }, "fr", wordsFor("fr"))).toBe("1,5 million\u00a0t");
    expect(formatFigure({ value: 13_400_000, unit: "EVP", kind: "count", scale: "million" }, "fr", wordsFor("fr"))).toBe("13,4 millions\u00a0EVP");
    expect(formatFigure({ value: 2e12, unit: "", kind: "count", scale: "trillion" }, "fr", wordsFor("fr"))).toBe("2 billions");
    expect(formatFigure({ value: 86_400_000, unit: "", kind: "count", scale: "million" }, "ru", wordsFor("ru"))).toBe("86,4 млн");
  });
});
