import { describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";

describe("the charts in Chromium", () => {
  const site = useSiteInChromium();
  const briefing = loadBriefings("src/briefings")[0]!;
  const pages = [...new Set(briefing.charts.map((chart) => chart.url.split("#")[0]!))];

  for (const width of [320, 1280]) {
    it(`fit a ${width} px screen: no page overflow, and every label and value drawn inside its chart`, async () => {
      const problems: string[] = [];
      for (const url of pages) {
        const page = await site.browser.newPage();
        try {
          await page.setViewport({ width, height: 800 });
          await page.goto(site.server.url + url.slice(1), { waitUntil: "networkidle0" });
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

  it("print the data table of every chart, with its disclosure opened", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url + pages[0]!.slice(1), { waitUntil: "networkidle0" });
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
