import { describe, expect, it } from "vitest";
import { editionIn, editionLinks } from "../../../../src/content/paths/edition-paths.ts";

const zh = { language: "zh-CN", url: "/goods-trade-2023/" };
const en = { language: "en", url: "/goods-trade-2023/en/" };

describe("editionLinks", () => {
  it("finds the same section in every edition, the page's own marked current", () => {
    expect(editionLinks([zh, en], en, "/goods-trade-2023/en/partners/")).toEqual([
      { language: "zh-CN", url: "/goods-trade-2023/partners/", current: false },
      { language: "en", url: "/goods-trade-2023/en/partners/", current: true },
    ]);
    expect(editionLinks([zh, en], zh, "/goods-trade-2023/figures/").map((link) => link.url)).toEqual(["/goods-trade-2023/figures/", "/goods-trade-2023/en/figures/"]);
  });

  it("gives none for a briefing in one language, or a page that is not the edition's", () => {
    expect(editionLinks([zh], zh, "/goods-trade-2023/partners/")).toEqual([]);
    expect(editionLinks([zh, en], en, "/en/search/")).toEqual([]);
  });
});

describe("editionIn", () => {
  const english = { language: "en", editions: [] };
  const briefing = { language: "zh-CN", editions: [english] };

  it("gives a section the briefing's edition in its language, else the briefing itself", () => {
    expect(editionIn(briefing, { language: "en-GB" })).toBe(briefing);
    expect(editionIn(briefing, { language: "en" })).toBe(english);
    expect(editionIn(briefing, { language: "zh" })).toBe(briefing);
    expect(editionIn(briefing, { language: "fr" })).toBe(briefing);
  });
});
