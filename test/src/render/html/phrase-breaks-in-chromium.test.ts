import { describe, expect, it } from "vitest";
import { linesOf } from "../../../helpers/lines-of.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";
import { CHINESE_SLUG } from "../../../helpers/fixtures.ts";

// That no heading, label, card or paragraph of any page strands one Han character on a line is
// tested in test/src/site/pages-in-chromium.test.ts, which opens every page once for all the
// checks made in Chromium; here, what one page shows.
describe("phrase breaks in Chromium", () => {
  const site = useSiteInChromium("chinese");

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
