import { describe, expect, it } from "vitest";
import { readInterfaceWords } from "../../../../src/content/interface-words.ts";
import { formatCounted } from "../../../../src/render/format/format-counted.ts";
import { formatPdfPages } from "../../../../src/render/format/format-pdf-pages.ts";
import { pdfPlaceholders } from "../../../../src/render/format/pdf-placeholder.ts";

const labels = readInterfaceWords();

describe("formatCounted", () => {
  it("takes the plural form of the count and writes the count as the language writes numbers", () => {
    expect(formatCounted(labels.en!.tagCount!, 1, "en")).toBe("1 briefing on this topic");
    expect(formatCounted(labels.en!.tagCount!, 2, "en")).toBe("2 briefings on this topic");
    expect(formatCounted(labels.ru!.tagCount!, 21, "ru")).toBe("21 справка по этой теме");
    expect(formatCounted(labels.ru!.tagCount!, 22, "ru")).toBe("22 справки по этой теме");
    expect(formatCounted(labels.ru!.tagCount!, 25, "ru")).toBe("25 справок по этой теме");
    expect(formatCounted(labels.ar!.tagCount!, 2, "ar")).toBe("موجزان في هذا الموضوع");
    expect(formatCounted(labels.fr!.pdfPages!, 1200, "fr")).toBe("1\u202f200 pages");
    expect(formatCounted(labels["zh-Hans"]!.pdfPages!, 12, "zh-CN")).toBe("12 页");
  });

  it("leaves the other placeholders for the page's script to fill", () => {
    expect(formatCounted(labels.de!.searchResults!, 3, "de")).toBe("3 Ergebnisse für „{query}“.");
  });
});

describe("formatPdfPages", () => {
  it("waits for a PDF not yet printed with a placeholder that names the language", () => {
    expect(formatPdfPages(pdfPlaceholders("brief").pages, "ru", labels.ru!)).toBe("@@pdf-page-count:brief:ru@@");
    expect(formatPdfPages(12, "ru", labels.ru!)).toBe("12 страниц");
  });
});
