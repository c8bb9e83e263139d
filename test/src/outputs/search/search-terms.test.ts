import { describe, expect, it } from "vitest";
import { searchTerms } from "../../../../src/outputs/search/search-terms.ts";

describe("searchTerms", () => {
  it("splits Chinese labels into the words a browser's segmenter makes of a query", () => {
    const words = searchTerms([{ label: "外语办事窗口" }, "使馆"], "zh-CN");
    const query = [...new Intl.Segmenter("zh-CN", { granularity: "word" }).segment("外语办事窗口")].map((s) => s.segment);
    expect(query.length).toBeGreaterThan(1);
    expect(words).toBe(`${query.join(" ")} · 使馆`);
  });

  it("keeps labels in languages with spaces as written", () => {
    expect(searchTerms([{ label: "Containers handled" }, { label: "Berths in use" }], "en")).toBe("Containers handled · Berths in use");
  });
});
