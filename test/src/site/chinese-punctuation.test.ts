import { describe, expect, it } from "vitest";
import { browsedPages, readPage } from "../../helpers/site.ts";
import { sharedSite } from "../../helpers/shared-site.ts";
import { CHINESE_SLUG } from "../../helpers/fixtures.ts";

/** Elements whose text is not prose: code, data and what is never shown. */
const NOT_PROSE = new Set(["CODE", "PRE", "SCRIPT", "STYLE", "TEMPLATE", "SVG"]);

/** The text a reader sees on a page, element by element, leaving out code and hidden blocks. */
function visibleTexts(document: Document): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (text.trim() !== "") texts.push(text);
      return;
    }
    if (node.nodeType !== 1 || NOT_PROSE.has((node as Element).tagName.toUpperCase())) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return texts;
}

/** A half-width colon, question or exclamation mark, comma, semicolon or parenthesis touching Chinese text. */
const HALF_WIDTH_BY_HAN = /\p{Script=Han}\s*[:?!,;()]|[?!,;()]\s*\p{Script=Han}|\p{Script=Han}\s*\(/u;

// The Chinese site (test/shared-sites.ts): every page of a Chinese briefing, and the site's own
// pages in Chinese (home, 404, search, archive).
describe("punctuation on Chinese pages", () => {
  const out = sharedSite("chinese");

  it("is full-width next to Chinese text (clreq: 前往最新简报：…, 什么是订阅源？, PDF 版（114 KB）)", () => {
    const found: string[] = [];
    const pages = browsedPages(out).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      for (const text of visibleTexts(readPage(out, file))) {
        const match = HALF_WIDTH_BY_HAN.exec(text);
        if (match) found.push(`${file}: "${text.slice(Math.max(0, match.index - 12), match.index + 14)}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it("names each citation file once on the about page, on its download link", () => {
    const document = readPage(out, `${CHINESE_SLUG}/about/index.html`);
    const text = visibleTexts(document).join("");
    expect(text.split("cite.bib").length - 1).toBe(1);
    expect(text.split("cite.json").length - 1).toBe(1);
  });
});
