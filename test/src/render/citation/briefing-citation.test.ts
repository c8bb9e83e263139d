import { describe, expect, it } from "vitest";
import { briefingCitation } from "../../../../src/render/citation/briefing-citation.ts";
import { formatCitation } from "../../../../src/render/format/format-citation.ts";
import { wordsFor } from "../../../helpers/project.ts";

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
    expect(briefingCitation(english, "https://example.org/h/", wordsFor("en"))).toBe("Harbour Desk. “Harbour review.” July 1, 2024 (updated July 15, 2024). https://example.org/h/");
  });

  it("names a revision of a Chinese briefing in Chinese", () => {
    expect(briefingCitation({ ...chinese, updated: "2023-07-01T09:00:00+08:00" }, "https://example.org/r/", wordsFor("zh-CN"))).toBe("编辑组《港口简报》，2023年6月27日（2023年7月1日更新）。https://example.org/r/");
  });
});

describe("citations in each language's punctuation (issue 16)", () => {
  const base = { ...chinese, title: "Titre", publisher: "Service de presse", language: "fr-FR", timeZone: "Europe/Paris", date: "2024-07-01T08:00:00+02:00", updated: "2024-07-15T12:30:00+02:00" };

  it("cites a French briefing with « » and no-break spaces, and its revision in French", () => {
    expect(briefingCitation(base, "https://example.org/f/", wordsFor("fr"))).toBe("Service de presse, «\u00a0Titre\u00a0», 1 juillet 2024 (mis à jour le 15 juillet 2024). https://example.org/f/");
  });

  it("cites a Japanese briefing with 「」, 、 and 。, no English comma or quotes", () => {
    const japanese = { ...base, title: "訪日外客数", publisher: "日本政府観光局（JNTO）", language: "ja-JP", timeZone: "Asia/Tokyo", date: "2025-01-15T16:00:00+09:00", updated: "2025-01-15T16:00:00+09:00" };
    expect(briefingCitation(japanese, "https://example.org/j/", wordsFor("ja"))).toBe("日本政府観光局（JNTO）「訪日外客数」、2025年1月15日。https://example.org/j/");
  });

  it("cites a source in the page's language: 「」 in Japanese, „“ in German, the Arabic comma in Arabic", () => {
    const source = { title: "訪日外客数", publisher: "日本政府観光局（JNTO）", date: "2025-01-15" };
    expect(formatCitation(source, "ja", "Asia/Tokyo")).toBe("日本政府観光局（JNTO）「訪日外客数」、2025年1月15日");
    expect(formatCitation({ ...source, title: "Bericht", publisher: "Destatis" }, "de", "Europe/Berlin")).toBe("Destatis, „Bericht“, 15. Januar 2025");
    expect(formatCitation({ ...source, title: "تقرير", publisher: "الناشر" }, "ar", "Asia/Riyadh")).toMatch(/^الناشر، «تقرير»، /);
    expect(formatCitation({ ...source, title: "Titre", publisher: "Insee" }, "fr", "Europe/Paris")).toBe("Insee, «\u00a0Titre\u00a0», 15 janvier 2025");
  });
});
