import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";
import { openPage } from "../../../helpers/open-page.ts";
import { chartTextClashes } from "../../../helpers/chart-text-clashes.ts";
import type { SharedSiteName } from "../../../shared-sites.ts";

/** The widths a screen chart is looked at: a phone, and a desktop, where the stylesheet sets its words smaller. */
const WIDTHS = [390, 1280] as const;
/** The print edition's pages are looked at as printed, about as wide as A4's text (170 mm). */
const PRINT_WIDTH = 643;

/** Every page of a built site that draws a chart, as paths under the site's root. */
function chartPages(out: string): string[] {
  return (readdirSync(out, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "index.html" && readFileSync(path.join(out, file), "utf8").includes('class="chart__svg"'))
    .map((file) => `${path.dirname(file).split(path.sep).join("/")}/`)
    .sort();
}

/** The clashes on the page as it is drawn now, each named by the page and how it was looked at. */
async function clashesOn(page: Page, name: string): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return (await page.evaluate(chartTextClashes)).map((clash) => `${name}: ${clash}`);
}

// Every chart of every fixture, in every script and edition: labels, values and ticks must not
// overlap or leave the drawing (a French "20 millions" on six ticks once did, on a phone).
for (const name of ["fixtures", "editions"] as const satisfies SharedSiteName[]) {
  describe(`the text of every chart of the ${name} site, in Chromium`, () => {
    const site = useSiteInChromium(name);
    const found = { pages: [] as string[], screen: [] as string[], print: [] as string[], charts: 0 };

    // Each page is loaded once: a new width lays it out again, as a fresh load at that width would.
    beforeAll(async () => {
      found.pages = chartPages(site.out);
      const page = await site.browser.newPage();
      try {
        for (const url of found.pages) {
          const print = /(^|\/)print\/$/.test(url);
          await page.emulateMediaType(print ? "print" : "screen");
          await page.setViewport({ width: print ? PRINT_WIDTH : WIDTHS[0], height: 900 });
          await openPage(page, site.server.url + url);
          found.charts += await page.evaluate(() => document.querySelectorAll("svg.chart__svg").length);
          if (print) {
            found.print.push(...(await clashesOn(page, `${url} printed`)));
            continue;
          }
          for (const width of WIDTHS) {
            await page.setViewport({ width, height: 900 });
            found.screen.push(...(await clashesOn(page, `${url} at ${width} px`)));
          }
        }
      } finally {
        await page.close();
      }
    });

    it("has charts on screen and in print to look at", () => {
      expect(found.pages.some((url) => url.endsWith("/print/"))).toBe(true);
      expect(found.pages.some((url) => !url.endsWith("/print/"))).toBe(true);
      expect(found.charts).toBeGreaterThanOrEqual(found.pages.length);
    });

    it(`draws no two labels over each other, and none outside its chart, at ${WIDTHS.join(" and ")} px`, () => {
      expect(found.screen).toEqual([]);
    });

    it("draws no two labels over each other, and none outside its chart, in the print edition", () => {
      expect(found.print).toEqual([]);
    });
  });
}

describe("the chart text check", () => {
  const site = useSiteInChromium("editions");

  it("sees a tick label that runs into the next, and a label pushed out of its chart", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: WIDTHS[0], height: 900 });
      await openPage(page, `${site.server.url}dxb-passengers-2023-editions/fr/years/`);
      expect(await page.evaluate(chartTextClashes)).toEqual([]);
      await page.evaluate(() => {
        const ticks = document.querySelectorAll("svg.chart__svg .chart__tick");
        ticks[0]!.textContent = "0 000 000 000 000 million de passagers";
        document.querySelector("svg.chart__svg .chart__label tspan")!.setAttribute("x", "-40");
      });
      const clashes = await page.evaluate(chartTextClashes);
      expect(clashes.some((clash) => /"0 000 000 000 000 million de passagers" .* overlaps "/.test(clash))).toBe(true);
      expect(clashes.some((clash) => /"2019" .* leaves the drawing/.test(clash))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
