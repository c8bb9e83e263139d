import { readInterfaceWords, wordOf } from "../../../src/content/interface-words.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { RenderedBriefing as Briefing } from "../../../src/render/briefing/rendered-briefing.ts";
import { sectionHeadings } from "../../../src/render/html/section-headings.ts";
import { labelsFor } from "../../../src/outputs/eleventy/filters/labels-for.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";
import { renderedBriefings } from "../../helpers/project.ts";
import { CHINESE_BRIEFINGS } from "../../helpers/fixtures.ts";

describe("section pages on wide and narrow screens", () => {
  const site = useSiteInChromium("chinese");
  let briefing: Briefing;
  let label: string;

  beforeAll(() => {
    briefing = renderedBriefings(CHINESE_BRIEFINGS)[0]!;
    label = wordOf(labelsFor(readInterfaceWords(), briefing.language), "onThisPage");
  });

  it("set an 'on this page' contents beside the prose at 1280 px, listing the section's headings and staying in view", async () => {
    const sections = briefing.sections.filter((section) => sectionHeadings(section.html).length > 1);
    expect(sections.length).toBeGreaterThan(1);
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 800 });
      for (const section of sections) {
        await page.goto(site.server.url + section.url.slice(1), { waitUntil: "load" });
        const layout = await page.evaluate(() => {
          const nav = document.querySelector<HTMLElement>("nav.page-contents")!;
          const article = document.querySelector("article.section")!.getBoundingClientRect();
          const box = nav.getBoundingClientRect();
          const name = document.getElementById(nav.getAttribute("aria-labelledby")!)?.textContent;
          const links = [...nav.querySelectorAll("a")].map((a) => a.getAttribute("href"));
          const headings = [...document.querySelectorAll("article.section h2[id]")].map((h) => `#${h.id}`);
          window.scrollTo(0, document.documentElement.scrollHeight);
          const afterScroll = nav.getBoundingClientRect();
          return { name, links, headings, left: box.left, proseRight: article.right, top: afterScroll.top, bottom: afterScroll.bottom, width: box.width };
        });
        expect(layout.name, section.url).toBe(label);
        expect(layout.links, section.url).toEqual(layout.headings);
        expect(layout.links, section.url).toEqual(sectionHeadings(section.html).map((h) => `#${h.id}`));
        expect(layout.left, section.url).toBeGreaterThan(layout.proseRight);
        expect(layout.width, section.url).toBeGreaterThan(150);
        // Scrolled to the foot of the page, the contents is still on screen.
        expect(layout.top, section.url).toBeGreaterThanOrEqual(0);
        expect(layout.bottom, section.url).toBeLessThanOrEqual(800);
      }
    } finally {
      await page.close();
    }
  });

  it("leave the contents out at 390 px, where the page is one column", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 390, height: 800 });
      await page.goto(site.server.url + briefing.sections[0]!.url.slice(1), { waitUntil: "load" });
      const shown = await page.evaluate(() => ({
        contents: document.querySelector("nav.page-contents")?.checkVisibility(),
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(shown).toEqual({ contents: false, overflow: 0 });
    } finally {
      await page.close();
    }
  });

  it("draw charts across most of the column at 1280 px, their words at about body size", async () => {
    const urls = [...new Set(briefing.charts.map((chart) => chart.url.split("#")[0]!))];
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 800 });
      for (const url of urls) {
        await page.goto(site.server.url + url.slice(1), { waitUntil: "load" });
        const charts = await page.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.querySelector(".prose p")!).fontSize);
          return [...document.querySelectorAll<SVGSVGElement>("svg.chart__svg")].map((svg) => {
            const label = svg.querySelector(".chart__label")!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return { width: svg.getBoundingClientRect().width, column: svg.closest(".prose")!.getBoundingClientRect().width, label: parseFloat(getComputedStyle(label).fontSize) * scale, body };
          });
        });
        expect(charts.length, url).toBeGreaterThan(0);
        for (const chart of charts) {
          expect(chart.width, url).toBeGreaterThan(Math.min(540, chart.column * 0.8));
          expect(chart.label / chart.body, url).toBeGreaterThan(0.9);
          expect(chart.label / chart.body, url).toBeLessThan(1.2);
        }
      }
    } finally {
      await page.close();
    }
  });
});
