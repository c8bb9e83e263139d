import { describe, expect, it } from "vitest";
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

  for (const width of [320, 1280]) {
    it(`fit a ${width} px screen: no page overflow, and every label and value drawn inside its chart`, async () => {
      const problems: string[] = [];
      for (const url of pages) {
        const page = await site.browser.newPage();
        try {
          await page.setViewport({ width, height: 800 });
          await openPage(page, site.server.url + url.slice(1));
          const result = await page.evaluate(async () => {
            await document.fonts.ready;
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
          if (result.overflow > 0) problems.push(`${url}: ${result.overflow}px wider than the screen`);
          problems.push(...result.clipped.map((c) => `${url}: ${c}`));
          if (result.charts === 0) problems.push(`${url}: no chart`);
          // Labels must stay readable on the narrowest phone.
          if (result.smallest < 10) problems.push(`${url}: labels drawn ${result.smallest.toFixed(1)}px high`);
        } finally {
          await page.close();
        }
      }
      expect(problems).toEqual([]);
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    it(`are painted by the theme's ${scheme} palette, the stylesheet overriding the drawing's own attributes`, async () => {
      const theme = readSettings().theme;
      const page = await site.browser.newPage();
      try {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        const paint = { bars: [] as string[], derived: [] as string[][], axes: [] as string[] };
        for (const url of pages) {
          await openPage(page, site.server.url + url.slice(1));
          const found = await page.evaluate(() => {
            const style = (selector: string) => [...document.querySelectorAll(selector)].map((element) => getComputedStyle(element));
            return {
              bars: style("rect.chart__bar:not(.chart__bar--derived)").map((s) => s.fill),
              derived: style("rect.chart__bar--derived").map((s) => [s.fill, s.stroke]),
              axes: style("line.chart__axis-line").map((s) => s.stroke),
            };
          });
          paint.bars.push(...found.bars);
          paint.derived.push(...found.derived);
          paint.axes.push(...found.axes);
        }
        expect(paint.bars.length).toBeGreaterThan(0);
        expect(new Set(paint.bars)).toEqual(new Set([rgb(theme[scheme].accent)]));
        expect(paint.derived.length).toBeGreaterThan(0);
        for (const derived of paint.derived) expect(derived).toEqual([rgb(theme[scheme].surface), rgb(theme[scheme].accent)]);
        expect(new Set(paint.axes)).toEqual(new Set([rgb(theme[scheme].rule)]));
      } finally {
        await page.close();
      }
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
