import { beforeAll, describe, expect, it } from "vitest";
import { PHRASE_CLASS } from "../../../../src/render/html/phrase-breaks.ts";
import { browsedPages } from "../../../helpers/site.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";
import { CHINESE_SLUG } from "../../../helpers/fixtures.ts";

/** The lines an element's visible text is set on, measured character by character. */
function linesOf(selector: string): Promise<{ page: string; element: string; lines: string[] }[]> {
  // Runs in the page.
  const measure = (selector: string) =>
    [...document.querySelectorAll(selector)]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => {
        const lines = new Map<number, string>();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) => (node.parentElement?.closest(".visually-hidden") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          for (let i = 0; i < text.length; i += 1) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            // Characters whose boxes end within a few pixels of each other share a line: by their
            // foot, not their middle, so a unit set smaller than its number (522.1万辆) is on the number's line.
            const bottom = Math.round(rect.bottom);
            const line = [...lines.keys()].find((y) => Math.abs(y - bottom) < 8) ?? bottom;
            lines.set(line, (lines.get(line) ?? "") + text[i]);
          }
        }
        return { page: location.pathname, element: element.outerHTML.slice(0, 80), lines: [...lines.values()] };
      });
  return measure(selector) as never;
}

describe("phrase breaks in Chromium", () => {
  const site = useSiteInChromium("chinese");
  let pages: string[];

  beforeAll(() => {
    pages = browsedPages(site.out).filter((file) => file.endsWith(".html"));
  });

  for (const width of [320, 390]) {
    it(`leave no line of a Chinese heading, label or card holding a single Han character at ${width} px`, async () => {
      const stranded: string[] = [];
      let measured = 0;
      const page = await site.browser.newPage();
      try {
        await page.setViewport({ width, height: 800 });
        for (const file of [...pages, `${CHINESE_SLUG}/print/index.html`]) {
          await page.goto(site.server.url + file.replace(/index\.html$/, ""), { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready);
          const elements = await page.evaluate(linesOf, `.${PHRASE_CLASS}`);
          measured += elements.length;
          for (const element of elements) {
            for (const line of element.lines) if (/^\s*\p{Script=Han}\s*$/u.test(line)) stranded.push(`${element.page} ${element.element}: "${element.lines.join(" / ")}"`);
          }
        }
      } finally {
        await page.close();
      }
      expect(measured).toBeGreaterThan(100);
      expect(stranded).toEqual([]);
    });
  }

  /**
   * Every block of running text a reader sees, but none that holds other blocks (a list item of
   * paragraphs), nor the headers of tables that phones show as stacked rows (there, a 1 px box
   * kept for screen readers).
   */
  const PARAGRAPHS = "main :is(p, li, dd, dt, caption, figcaption, blockquote, td, th):not(:has(p, li, table)):not(:is(.figures-table, .chart-table) thead th)";

  for (const width of [390, 1280]) {
    it(`ends no Chinese paragraph, caption or cell on a line of one character (明显提|升。) at ${width} px`, async () => {
      const stranded: string[] = [];
      let measured = 0;
      const page = await site.browser.newPage();
      try {
        await page.setViewport({ width, height: 800 });
        for (const file of pages) {
          await page.goto(site.server.url + file.replace(/index\.html$/, ""), { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready);
          const blocks = (await page.evaluate(linesOf, PARAGRAPHS)).filter((block) => /\p{Script=Han}/u.test(block.lines.join("")));
          measured += blocks.length;
          for (const block of blocks) {
            const last = (block.lines.at(-1) ?? "").replace(/[\s\p{P}\p{S}]/gu, "");
            if (block.lines.length > 1 && /^\p{Script=Han}$/u.test(last)) stranded.push(`${block.page} ${block.element}: "${block.lines.join(" / ")}"`);
          }
        }
      } finally {
        await page.close();
      }
      expect(measured).toBeGreaterThan(200);
      expect(stranded).toEqual([]);
    });
  }

  it("keeps a change's arrow on the line of its value (▲ 同比+0.2%) on a 390 px phone", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 390, height: 800 });
      await page.goto(site.server.url + `${CHINESE_SLUG}/`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const changes = await page.evaluate(linesOf, ".figure-card__change");
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) expect(change.lines, change.element).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it("sets a heading's opening quotation mark flush with the margin, not half an em in", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(site.server.url + `${CHINESE_SLUG}/trade-partners/`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const quote = await page.evaluate(() => {
        const heading = document.querySelector("h1")!;
        const range = document.createRange();
        range.setStart(heading.firstChild!, 0);
        range.setEnd(heading.firstChild!, 1);
        return { mark: range.toString(), width: range.getBoundingClientRect().width, fontSize: parseFloat(getComputedStyle(heading).fontSize) };
      });
      expect(quote.mark).toBe("“");
      // A full-width mark is 1em wide, its ink in the right half; trimmed, it is half that.
      expect(quote.width).toBeLessThan(quote.fontSize * 0.6);
    } finally {
      await page.close();
    }
  });
});
