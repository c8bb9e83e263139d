import { describe, expect, it } from "vitest";
import { chartSeriesSchema, figureSchema } from "../../../src/content/schema.ts";

const base = { id: "containers", label: "Containers", value: 13_400_000, unit: "TEU", period: "2023" };

describe("figureSchema", () => {
  it("takes qualifiers as meanings and maps the Chinese characters briefings already use", () => {
    for (const [written, meaning] of [["约", "about"], ["近", "nearly"], ["余", "more-than"], ["超", "over"], ["about", "about"], ["more-than", "more-than"]]) {
      expect(figureSchema.parse({ ...base, qualifier: written }).qualifier).toBe(meaning);
    }
  });

  it("refuses an unknown qualifier, naming the ones it accepts", () => {
    const result = figureSchema.safeParse({ ...base, qualifier: "roughly" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain("about, nearly, more-than, over");
  });

  it("accepts a scale by name or as 万 and 亿", () => {
    expect(figureSchema.parse({ ...base, scale: "million" }).scale).toBe("million");
    expect(figureSchema.parse({ ...base, scale: "万" }).scale).toBe("ten-thousand");
    expect(figureSchema.parse({ ...base, scale: "亿" }).scale).toBe("hundred-million");
    expect(figureSchema.safeParse({ ...base, scale: "lakh" }).success).toBe(false);
  });

  it("accepts a period YAML read as a number, as text", () => {
    expect(figureSchema.parse({ ...base, period: 2023 }).period).toBe("2023");
    expect(chartSeriesSchema.parse({ figure: "containers", label: 2022 }).label).toBe("2022");
  });

  it("says to write the period as text when it is neither text nor a year", () => {
    const result = figureSchema.safeParse({ ...base, period: { from: 2022 } });
    expect(result.error!.issues[0]!.message).toContain("write the period as text");
  });

  it("makes a change neutral unless it says which direction is good", () => {
    const change = { value: -7, unit: "%", basis: "on 2022" };
    expect(figureSchema.parse({ ...base, change }).change?.good).toBe("neutral");
    expect(figureSchema.parse({ ...base, change: { ...change, good: "up" } }).change?.good).toBe("up");
    expect(figureSchema.safeParse({ ...base, change: { ...change, good: "better" } }).success).toBe(false);
  });
});
