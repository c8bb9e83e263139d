import { beforeAll, describe, expect, it } from "vitest";
import { browsedPages } from "../../helpers/site.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";
import { CHINESE_SLUG, ENGLISH_SLUG } from "../../helpers/fixtures.ts";

/** How much of the main column's width a section page's prose and what stands beside it span (runs in the page). */
function spanOfSection(): { span: number; beside: string } {
  const main = document.querySelector("main")!;
  const style = getComputedStyle(main);
  const left = main.getBoundingClientRect().left + parseFloat(style.paddingLeft);
  const right = main.getBoundingClientRect().right - parseFloat(style.paddingRight);
  const boxes = [...document.querySelectorAll<HTMLElement>("article.section, .page-contents, .section-figures")].filter((element) => element.offsetParent !== null);
  const reach = Math.max(...boxes.map((box) => box.getBoundingClientRect().right));
  const beside = boxes.find((box) => !box.matches("article"))?.className ?? "nothing";
  return { span: (reach - left) / (right - left), beside };
}

describe("the fixtures' pages on a 1280 px screen", () => {
  const site = useSiteInChromium("fixtures");
  let sections: string[];

  beforeAll(() => {
    const reserved = ["figures", "updates", "about", "print"];
    sections = browsedPages(site.out).filter((file) => [ENGLISH_SLUG, CHINESE_SLUG].some((slug) => new RegExp(`^${slug}/([^/]+)/index\\.html$`).exec(file) && !reserved.includes(file.split("/")[1]!)));
  });

  it("leave no section's prose alone in the left half: beside it, its headings or, without them, the key figures it states", async () => {
    expect(sections.length).toBeGreaterThan(4);
    const page = await site.browser.newPage();
    const narrow: string[] = [];
    const besides = new Set<string>();
    try {
      await page.setViewport({ width: 1280, height: 800 });
      for (const file of sections) {
        await page.goto(site.server.url + file.replace(/index\.html$/, ""), { waitUntil: "load" });
        const { span, beside } = await page.evaluate(spanOfSection);
        besides.add(beside);
        if (span < 0.75) narrow.push(`${file}: ${Math.round(span * 100)} % of the width, ${beside} beside it`);
      }
    } finally {
      await page.close();
    }
    // The English fixture's sections have fewer than two headings each: the figures stand beside them.
    expect(besides).toContain("section-figures");
    expect(narrow).toEqual([]);
  });

  it("start each contents summary where its section's title starts, not left of it, at 1280 and 390 px", async () => {
    const page = await site.browser.newPage();
    try {
      // Each page loaded once, then narrowed: the narrower width lays it out again.
      for (const slug of [ENGLISH_SLUG, CHINESE_SLUG]) {
        await page.setViewport({ width: 1280, height: 800 });
        await page.goto(site.server.url + `${slug}/`, { waitUntil: "load" });
        for (const width of [1280, 390]) {
          await page.setViewport({ width, height: 800 });
          await page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          });
          const items = await page.evaluate(() =>
            [...document.querySelectorAll(".contents__item")].flatMap((item) => {
              const summary = item.querySelector(".contents__summary");
              return summary ? [{ title: item.querySelector(".contents__title")!.getBoundingClientRect().left, summary: summary.getBoundingClientRect().left }] : [];
            }),
          );
          expect(items.length, slug).toBeGreaterThan(0);
          for (const item of items) expect(Math.abs(item.summary - item.title), `${slug} at ${width} px`).toBeLessThanOrEqual(1);
        }
      }
    } finally {
      await page.close();
    }
  });

  it("line up the key-figures page's tables, one per section, column under column", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 800 });
      for (const slug of [ENGLISH_SLUG, CHINESE_SLUG]) {
        await page.goto(site.server.url + `${slug}/figures/`, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready);
        const columns = await page.evaluate(() =>
          [...document.querySelectorAll("table.figures-table")].map((table) => [...table.querySelectorAll("thead th")].map((th) => Math.round(th.getBoundingClientRect().left))),
        );
        expect(columns.length, slug).toBeGreaterThan(1);
        // Every table's columns start where the first table's do (a table without a change column has one fewer).
        for (const table of columns) expect(table, slug).toEqual(columns[0]!.slice(0, table.length));
      }
    } finally {
      await page.close();
    }
  });
});
