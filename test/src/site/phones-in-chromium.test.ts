import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { browsedPages } from "../../helpers/site.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";
import { openPage } from "../../helpers/open-page.ts";
import { CHINESE_SLUG, ENGLISH_SLUG } from "../../helpers/fixtures.ts";

/** What a 390 px phone shows of each table on a page: whether it fits, or scrolls and says so. */
interface TableOnPhone {
  table: string;
  /** The table reaches past the screen's edge and nothing scrolls it. */
  offScreen: boolean;
  /** Its scroll region is narrower than the table. */
  scrolls: boolean;
  /** The words the region shows while there is more to scroll to, as drawn (empty when hidden). */
  cue: string;
  /** The first column's cells stay in view while the rest scrolls. */
  stickyFirstColumn: boolean;
}

/**
 * Runs in the page, once it is drawn: a scroll region's scroll state (and so its cue) is taken
 * from the frame drawn before, which openPage waits for.
 */
function tablesOnPhone(): TableOnPhone[] {
  return [...document.querySelectorAll("main table")].map((table) => {
    const name = `${table.id || table.className || "table"} "${(table.querySelector("caption, th")?.textContent ?? "").trim().slice(0, 40)}"`;
    const scroller = table.closest(".table-scroll");
    const scrolls = scroller !== null && scroller.scrollWidth > scroller.clientWidth + 1;
    const box = table.getBoundingClientRect();
    const cueStyle = scroller ? getComputedStyle(scroller, "::before") : undefined;
    const cue = cueStyle && cueStyle.display !== "none" ? cueStyle.content : "";
    const firstCells = [...table.querySelectorAll("tr > :first-child")];
    return {
      table: name,
      offScreen: scroller === null && (box.right > window.innerWidth + 1 || box.left < -1),
      scrolls,
      cue,
      stickyFirstColumn: firstCells.length > 0 && firstCells.every((cell) => getComputedStyle(cell).position === "sticky"),
    };
  });
}

/** The lines a figure card's unit is set on, each the unit's characters on it (runs in the page). */
function unitLines(): { card: string; lines: number }[] {
  return [...document.querySelectorAll(".figure-card__unit")].map((unit) => {
    const range = document.createRange();
    range.selectNodeContents(unit);
    const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)));
    return { card: unit.closest(".figure-card")?.id ?? "", lines: tops.size };
  });
}

/**
 * Each cover topic's lines, read from the kicker's text ("a · b · c") whatever its markup (runs in
 * the page), and whether the topic alone is wider than the line, the one case where it may break.
 */
function topicLines(): { topic: string; lines: number; widerThanLine: boolean }[] {
  return [...document.querySelectorAll(".cover__kicker")].flatMap((kicker) => {
    const walker = document.createTreeWalker(kicker, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent ?? "";
    }
    const at = (offset: number): [Text, number] => {
      const found = nodes.findLast((entry) => entry.start <= offset)!;
      return [found.node, offset - found.start];
    };
    const topics: { topic: string; lines: number; widerThanLine: boolean }[] = [];
    let offset = 0;
    for (const topic of text.split(" · ")) {
      const range = document.createRange();
      range.setStart(...at(offset));
      range.setEnd(...at(offset + topic.length));
      offset += topic.length + 3;
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)));
      const probe = document.createElement("span");
      probe.style.whiteSpace = "nowrap";
      probe.textContent = topic;
      kicker.append(probe);
      const widerThanLine = probe.getBoundingClientRect().width >= kicker.clientWidth - 1;
      probe.remove();
      topics.push({ topic, lines: tops.size, widerThanLine });
    }
    return topics;
  });
}

describe("the fixtures' pages on a 390 px phone", () => {
  const site = useSiteInChromium("fixtures");
  let pages: string[];

  beforeAll(() => {
    pages = browsedPages(site.out).filter((file) => file.startsWith(`${ENGLISH_SLUG}/`) || file.startsWith(`${CHINESE_SLUG}/`));
  });

  it("let no wide table run off the screen: each scrolls in a region that says so, its first column held in view", async () => {
    const problems: string[] = [];
    let scrolling = 0;
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 390, height: 800 });
      for (const file of pages) {
        await openPage(page, site.server.url + file.replace(/index\.html$/, ""));
        for (const table of await page.evaluate(tablesOnPhone)) {
          if (table.offScreen) problems.push(`${file} ${table.table}: runs off the screen`);
          if (!table.scrolls) continue;
          scrolling += 1;
          if (!/\p{L}/u.test(table.cue)) problems.push(`${file} ${table.table}: scrolls without saying so`);
          if (!table.stickyFirstColumn) problems.push(`${file} ${table.table}: its first column scrolls away`);
        }
      }
    } finally {
      await page.close();
    }
    // The English fixture's table of containers is wider than a phone: the test must have seen it scroll.
    expect(scrolling).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("say nothing about scrolling where a table fits (at 1280 px)", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 800 });
      await openPage(page, site.server.url + `${ENGLISH_SLUG}/containers/`);
      const tables = await page.evaluate(tablesOnPhone);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) expect(table.cue, table.table).toBe("");
    } finally {
      await page.close();
    }
  });

  it("set each figure card's unit on one line, never its last word alone (438.8 million / tonnes)", async () => {
    const page = await site.browser.newPage();
    try {
      // Each page loaded once, then narrowed: the narrower width lays it out again.
      for (const slug of [ENGLISH_SLUG, CHINESE_SLUG]) {
        await page.setViewport({ width: 390, height: 800 });
        await openPage(page, site.server.url + `${slug}/`);
        for (const width of [390, 320]) {
          await page.setViewport({ width, height: 800 });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const units = await page.evaluate(unitLines);
          expect(units.length).toBeGreaterThan(0);
          for (const unit of units) expect(unit.lines, `${slug} ${unit.card} at ${width} px`).toBeLessThanOrEqual(1);
        }
      }
    } finally {
      await page.close();
    }
  });
  it("keep each topic on a cover whole on its line (never 'Home-court / diplomacy'), at 390 and 320 px", async () => {
    // Every cover of the site, every edition's among them: English topics are the longest.
    const covers = browsedPages(site.out).filter((file) => readFileSync(path.join(site.out, file), "utf8").includes('class="cover__kicker"'));
    const page = await site.browser.newPage();
    let topics = 0;
    const problems: string[] = [];
    try {
      for (const file of covers) {
        await page.setViewport({ width: 390, height: 800 });
        await openPage(page, site.server.url + file.replace(/index\.html$/, ""));
        for (const width of [390, 320]) {
          await page.setViewport({ width, height: 800 });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          for (const topic of await page.evaluate(topicLines)) {
            topics += 1;
            if (topic.lines > 1 && !topic.widerThanLine) problems.push(`${file} at ${width} px: "${topic.topic}" is broken over ${topic.lines} lines`);
          }
        }
      }
    } finally {
      await page.close();
    }
    expect(topics).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
