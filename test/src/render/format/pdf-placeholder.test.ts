import { describe, expect, it } from "vitest";
import { fillPdfPlaceholders, pageCountPlaceholder, pdfPlaceholders, sizePlaceholder } from "../../../../src/render/format/pdf-placeholder.ts";
import { formatBytes } from "../../../../src/render/format/format-bytes.ts";

const facts = new Map([["brief", { bytes: 485_298, pages: 10 }]]);
const write = { size: formatBytes, pageCount: (pages: number, locale: string) => `${pages}:${locale}` };

describe("PDF placeholders", () => {
  it("are filled with the exact bytes, the pages and the size as formatBytes writes it per language", () => {
    const { bytes, pages } = pdfPlaceholders("brief");
    const html = `<a>${pages} 页 · ${formatBytes(bytes as unknown as number, "zh-CN")}</a><enclosure length="${bytes}"/> ${formatBytes(bytes as unknown as number, "en")}`;
    expect(fillPdfPlaceholders(html, facts, write, false)).toBe(`<a>10 页 · ${formatBytes(485_298, "zh-CN")}</a><enclosure length="485298"/> ${formatBytes(485_298, "en")}`);
  });

  it("write the page count's words once the count is known, in the page's language", () => {
    const text = pageCountPlaceholder(pdfPlaceholders("brief").pages, "ru");
    expect(fillPdfPlaceholders(`<p>${text}</p>`, facts, write, false)).toBe("<p>10:ru</p>");
    expect(JSON.parse(fillPdfPlaceholders(JSON.stringify({ label: text }), facts, write, true))).toEqual({ label: "10:ru" });
  });

  it("turn back into numbers in JSON", () => {
    const json = JSON.stringify({ size_in_bytes: pdfPlaceholders("brief").bytes, label: sizePlaceholder(pdfPlaceholders("brief").bytes, "en") });
    expect(JSON.parse(fillPdfPlaceholders(json, facts, write, true))).toEqual({ size_in_bytes: 485_298, label: formatBytes(485_298, "en") });
  });

  it("keep each edition's PDF apart from its briefing's, so each edition's pages state their own", () => {
    const both = new Map([...facts, ["brief/en", { bytes: 70_001, pages: 3 }]]);
    const text = `${pdfPlaceholders("brief").bytes} ${pdfPlaceholders("brief/en").bytes} ${pageCountPlaceholder(pdfPlaceholders("brief/en").pages, "en")}`;
    expect(fillPdfPlaceholders(text, both, write, false)).toBe("485298 70001 3:en");
    expect(JSON.parse(fillPdfPlaceholders(JSON.stringify({ n: pdfPlaceholders("brief/en").bytes }), both, write, true))).toEqual({ n: 70_001 });
  });

  it("refuse a briefing that has no PDF", () => {
    expect(() => fillPdfPlaceholders(pdfPlaceholders("other").pages, facts, write, false)).toThrow(/"other", which was not printed/);
  });
});
