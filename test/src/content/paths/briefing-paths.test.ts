import { describe, expect, it } from "vitest";
import { pdfKey, pdfUrl, printEditionUrl } from "../../../../src/content/paths/briefing-paths.ts";

describe("where a briefing's PDFs are", () => {
  it("names the briefing's own PDF by its slug and an edition's by its slug and language, which cannot collide", () => {
    expect(pdfKey({ slug: "goods-trade-2023" })).toBe("goods-trade-2023");
    expect(pdfKey({ slug: "goods-trade-2023", edition: "en" })).toBe("goods-trade-2023/en");
    // A briefing whose folder is named like another's edition keeps a key and a PDF of its own.
    expect(pdfKey({ slug: "goods-trade-2023-en" })).not.toBe(pdfKey({ slug: "goods-trade-2023", edition: "en" }));
    expect(pdfUrl(pdfKey({ slug: "goods-trade-2023-en" }))).not.toBe(pdfUrl(pdfKey({ slug: "goods-trade-2023", edition: "en" })));
  });

  it("publishes each PDF beside its edition's pages, printed from that edition's print edition", () => {
    expect(pdfUrl("goods-trade-2023")).toBe("/goods-trade-2023/goods-trade-2023.pdf");
    expect(pdfUrl("goods-trade-2023/zh-tw")).toBe("/goods-trade-2023/zh-tw/goods-trade-2023-zh-tw.pdf");
    expect(printEditionUrl("goods-trade-2023")).toBe("/goods-trade-2023/print/");
    expect(printEditionUrl("goods-trade-2023/en")).toBe("/goods-trade-2023/en/print/");
  });
});
