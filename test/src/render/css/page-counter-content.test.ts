import { describe, expect, it } from "vitest";
import { cssString } from "../../../../src/render/css/css-string.ts";
import { pageCounterContent } from "../../../../src/render/css/page-counter-content.ts";

describe("page margin text", () => {
  it("turns a page label into CSS counters between quoted words", () => {
    expect(pageCounterContent("第 {page} 页 / 共 {pages} 页")).toBe('"第 " counter(page) " 页 / 共 " counter(pages) " 页"');
    expect(pageCounterContent("Page {page} / {pages}")).toBe('"Page " counter(page) " / " counter(pages)');
  });

  it("quotes a title so that it cannot end the CSS string or the style element", () => {
    expect(cssString('A "quoted" \\ title')).toBe('"A \\"quoted\\" \\\\ title"');
    expect(cssString("</style><script>")).not.toContain("<");
  });
});
