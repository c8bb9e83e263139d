import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { readSettings } from "../../../src/content/settings/settings.ts";
import type { Briefing } from "../../../src/content/briefing.ts";
import { readPage } from "../../helpers/site.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";
import { CHINESE_BRIEFINGS } from "../../helpers/fixtures.ts";

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the print edition as a web page", () => {
  const site = useSiteInChromium("chinese");
  let briefing: Briefing;

  beforeAll(() => {
    briefing = loadBriefings(CHINESE_BRIEFINGS)[0]!;
  });

  it("stays out of search engines", () => {
    const document = readPage(site.out, `${briefing.slug}/print/index.html`);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });

  type Look = { background: string; texts: { text: string; colour: string; right: number }[]; overflow: number; width: number };
  const VIEWS = [320, 390].flatMap((width) => (["light", "dark"] as const).map((scheme) => ({ width, scheme })));
  const looks = new Map<string, Look>();

  // The page is loaded once and looked at in every view: a new width or scheme restyles and lays
  // it out again, as a fresh load at that size and scheme would.
  beforeAll(async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: VIEWS[0]!.width, height: 800 });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: VIEWS[0]!.scheme }]);
      await page.goto(site.server.url + `${briefing.slug}/print/`, { waitUntil: "load" });
      for (const { width, scheme } of VIEWS) {
        await page.setViewport({ width, height: 800 });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        const look = await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const background = getComputedStyle(document.body).backgroundColor;
          const texts = [...document.querySelectorAll<HTMLElement>("main h1, main h2, main h3, main p, main li, main dt, main dd, main td, main th")]
            .filter((element) => element.checkVisibility() && element.textContent!.trim() !== "")
            .map((element) => ({ text: element.textContent!.trim().slice(0, 20), colour: getComputedStyle(element).color, right: element.getBoundingClientRect().right }));
          return { background, texts, overflow: document.documentElement.scrollWidth - window.innerWidth, width: window.innerWidth };
        });
        looks.set(`${width} ${scheme}`, look);
      }
    } finally {
      await page.close();
    }
  });

  for (const { width, scheme } of VIEWS) {
    it(`holds as a light page at ${width} px in the ${scheme} scheme: no overflow, every text legible on white`, () => {
      const theme = readSettings().theme;
      const result = looks.get(`${width} ${scheme}`)!;
      expect(result.width).toBe(width);
      expect(result.background).toBe("rgb(255, 255, 255)");
      expect(result.overflow).toBe(0);
      expect(result.texts.length).toBeGreaterThan(50);
      expect(result.texts.filter((text) => text.right > result.width + 0.5)).toEqual([]);
      const illegible = result.texts.filter((text) => contrast(text.colour, result.background) < 4.5);
      expect(illegible).toEqual([]);
      // The light palette, whatever the reader prefers.
      expect(result.texts.some((text) => text.colour === rgb(theme.light.text))).toBe(true);
    });
  }
});

describe("the print edition on paper", () => {
  const site = useSiteInChromium("chinese");

  it("draws each chart across the text width on the paper's wider drawing, without its data table", async () => {
    const briefing = loadBriefings(CHINESE_BRIEFINGS)[0]!;
    const page = await site.browser.newPage();
    try {
      await page.emulateMediaType("print");
      await page.goto(site.server.url + `${briefing.slug}/print/`, { waitUntil: "load" });
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".chart")].map((chart) => ({
          drawing: chart.querySelector("svg")!.getBoundingClientRect().width,
          text: document.querySelector("main")!.getBoundingClientRect().width,
          viewBox: chart.querySelector("svg")!.getAttribute("viewBox"),
          table: chart.querySelector(".chart__data")!.checkVisibility(),
        })),
      );
      expect(charts.length).toBe(briefing.charts.length);
      for (const chart of charts) {
        expect(chart.drawing).toBeCloseTo(chart.text, 0);
        expect(chart.viewBox).toMatch(/^0 0 680 /);
        expect(chart.table).toBe(false);
      }
    } finally {
      await page.close();
    }
  });

  it("lets a long table run on across pages with its header repeated, and keeps a short one whole", async () => {
    const briefing = loadBriefings(CHINESE_BRIEFINGS)[0]!;
    const page = await site.browser.newPage();
    try {
      await page.emulateMediaType("print");
      await page.goto(site.server.url + `${briefing.slug}/print/`, { waitUntil: "load" });
      const tables = await page.evaluate(() => {
        const short = document.querySelector<HTMLTableElement>(".pdf-section table:not(.chart-table)")!;
        // The same table grown to twenty rows, as a long table of a briefing would be.
        const long = short.cloneNode(true) as HTMLTableElement;
        const rows = [...long.tBodies[0]!.rows];
        while (long.tBodies[0]!.rows.length < 20) for (const row of rows) long.tBodies[0]!.append(row.cloneNode(true));
        short.after(long);
        const style = (element: Element) => getComputedStyle(element);
        return { short: style(short).breakInside, long: style(long).breakInside, header: style(long.tHead!).display, row: style(long.tBodies[0]!.rows[0]!).breakInside };
      });
      expect(tables).toEqual({ short: "avoid", long: "auto", header: "table-header-group", row: "avoid" });
    } finally {
      await page.close();
    }
  });
});

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
