import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";
import { openPage } from "../../../helpers/open-page.ts";
import { CHINESE_BRIEFINGS } from "../../../helpers/fixtures.ts";

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe("the charts in Chromium", () => {
  const site = useSiteInChromium("chinese");
  const briefing = loadBriefings(CHINESE_BRIEFINGS)[0]!;
  const pages = [...new Set(briefing.charts.map((chart) => chart.url.split("#")[0]!))];

  const WIDTHS = [320, 1280];
  const SCHEMES = ["light", "dark"] as const;
  /** What each width showed, problems named by page. */
  const fit = new Map<number, string[]>();
  /** The colours each scheme painted, over every page with charts. */
  const paint = new Map<string, { bars: string[]; derived: string[][]; axes: string[] }>(SCHEMES.map((scheme) => [scheme, { bars: [], derived: [], axes: [] }]));

  // Each page is loaded once and looked at in every width and scheme: a new width or scheme
  // restyles and lays it out again, as a fresh load at that size and scheme would.
  beforeAll(async () => {
    const page = await site.browser.newPage();
    try {
      for (const url of pages) {
        await page.setViewport({ width: WIDTHS[0]!, height: 800 });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
        await openPage(page, site.server.url + url.slice(1));
        for (const width of WIDTHS) {
          await page.setViewport({ width, height: 800 });
          const result = await page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const clipped: string[] = [];
            for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart__svg")) {
              const box = svg.getBoundingClientRect();
              for (const text of svg.querySelectorAll("text")) {
                const r = text.getBoundingClientRect();
                if (r.left < box.left - 0.5 || r.right > box.right + 0.5) clipped.push(`${text.textContent} (${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`);
              }
            }
            const smallest = Math.min(...[...document.querySelectorAll("svg.chart__svg .chart__label")].map((t) => t.getBoundingClientRect().height));
            return { overflow: document.documentElement.scrollWidth - window.innerWidth, clipped, charts: document.querySelectorAll("figure.chart").length, smallest };
          });
          const problems = fit.get(width) ?? [];
          fit.set(width, problems);
          if (result.overflow > 0) problems.push(`${url}: ${result.overflow}px wider than the screen`);
          problems.push(...result.clipped.map((c) => `${url}: ${c}`));
          if (result.charts === 0) problems.push(`${url}: no chart`);
          // Labels must stay readable on the narrowest phone.
          if (result.smallest < 10) problems.push(`${url}: labels drawn ${result.smallest.toFixed(1)}px high`);
        }
        for (const scheme of SCHEMES) {
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
          const found = await page.evaluate(() => {
            const style = (selector: string) => [...document.querySelectorAll(selector)].map((element) => getComputedStyle(element));
            return {
              bars: style("rect.chart__bar:not(.chart__bar--derived)").map((s) => s.fill),
              derived: style("rect.chart__bar--derived").map((s) => [s.fill, s.stroke]),
              axes: style("line.chart__axis-line").map((s) => s.stroke),
            };
          });
          const painted = paint.get(scheme)!;
          painted.bars.push(...found.bars);
          painted.derived.push(...found.derived);
          painted.axes.push(...found.axes);
        }
      }
    } finally {
      await page.close();
    }
  });

  for (const width of WIDTHS) {
    it(`fit a ${width} px screen: no page overflow, and every label and value drawn inside its chart`, () => {
      expect(fit.get(width)).toEqual([]);
    });
  }

  for (const scheme of SCHEMES) {
    it(`are painted by the theme's ${scheme} palette, the stylesheet overriding the drawing's own attributes`, () => {
      const theme = readSettings().theme;
      const painted = paint.get(scheme)!;
      expect(painted.bars.length).toBeGreaterThan(0);
      expect(new Set(painted.bars)).toEqual(new Set([rgb(theme[scheme].accent)]));
      expect(painted.derived.length).toBeGreaterThan(0);
      for (const derived of painted.derived) expect(derived).toEqual([rgb(theme[scheme].surface), rgb(theme[scheme].accent)]);
      expect(new Set(painted.axes)).toEqual(new Set([rgb(theme[scheme].rule)]));
    });
  }

  it("print the data table of every chart, with its disclosure opened", async () => {
    const page = await site.browser.newPage();
    try {
      await openPage(page, site.server.url + pages[0]!.slice(1));
      await page.emulateMediaType("print");
      const visible = await page.evaluate(() =>
        [...document.querySelectorAll(".chart__data table")].map((table) => table.checkVisibility()),
      );
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.every(Boolean)).toBe(true);
      await page.emulateMediaType("screen");
      // On screen the table waits behind its disclosure.
      const onScreen = await page.evaluate(() => [...document.querySelectorAll(".chart__data table")].map((table) => table.checkVisibility()));
      expect(onScreen.some(Boolean)).toBe(false);
    } finally {
      await page.close();
    }
  });
});
