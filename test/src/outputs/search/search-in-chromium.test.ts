import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AxeResults } from "axe-core";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { CHINESE_SLUG } from "../../../helpers/fixtures.ts";
import { MULTI_BRIEFINGS } from "../../../helpers/multi-briefings.ts";
import { listFiles, readPage } from "../../../helpers/site.ts";
import { searchPage, type ShownResult } from "../../../helpers/search-page.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The English test briefing's folder name (test/fixtures/valid). */
const ENGLISH_NOTE = "trade-note";

// The archive site's older copies (test/helpers/multi-briefings.ts) hold the same sections word
// for word, so a query finds each section twice, once in each copy, in either order.
const CHINESE_COPY = MULTI_BRIEFINGS.find((briefing) => briefing.language === "zh-CN" && briefing.slug !== CHINESE_SLUG)!.slug;
const ENGLISH_COPY = MULTI_BRIEFINGS.find((briefing) => briefing.language === "en" && briefing.slug !== ENGLISH_NOTE)!.slug;

/** A section's address in both copies of a briefing, sorted, as `sectionPaths` gives them. */
function inBoth(slugs: [string, string], section: string): string[] {
  return slugs.map((slug) => `/${slug}/${section}/`).sort();
}

/** The pages the first `count` results link to, without their anchors, sorted. */
function sectionPaths(results: ShownResult[], count = results.length): string[] {
  return results.slice(0, count).map((result) => result.href.split("#")[0]!).sort();
}

// The archive site (test/shared-sites.ts): the Chinese fixture and the English test briefing, each
// with an older copy, at a host's root; its own build of them cost the run a site build.
describe("full-text search over Chinese and English briefings, in Chromium", () => {
  const site = useSiteInChromium("archive");
  const chinese: [string, string] = [CHINESE_SLUG, CHINESE_COPY];
  const english: [string, string] = [ENGLISH_NOTE, ENGLISH_COPY];

  /** Opens the search page for a query, as the header form would, and reads the results it lists. */
  function search(query: string, page?: Page, where = "search/"): Promise<{ status: string; results: ShownResult[] }> {
    return searchPage(site.browser, site.server.url, query, where, page);
  }

  it("indexes the section pages and nothing else: no archive, tag page, cover, figures, print edition, 404 or feed", () => {
    const entry = JSON.parse(readFileSync(path.join(site.out, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    // Four Chinese sections and two English ones in each copy, all in one index so one search finds both.
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([12]);
    expect(listFiles(site.out).filter((file) => file.startsWith("pagefind/") && file.endsWith(".pf_fragment")).length).toBe(12);
  });

  it("finds the section on exports first for a Chinese query worded unlike the text (电动车出口)", async () => {
    const { results } = await search("电动车出口");
    expect(sectionPaths(results, 2)).toEqual(inBoth(chinese, "export-mix"));
    const original = results.find((result) => result.href.startsWith(`/${CHINESE_SLUG}/`));
    expect(original?.title).toBe("出口结构：机电产品挑大梁，“新三样”突破万亿元");
    expect(original?.briefing).toBe("2023年我国货物贸易进出口情况简报 · 2024年1月12日");
    expect(original?.marked.length).toBeGreaterThan(0);
    expect(original?.lang).toBeNull();
  });

  it("finds the section on new forms of trade first for 跨境电商, and the railway to Laos for 铁路", async () => {
    expect(sectionPaths((await search("跨境电商")).results, 2)).toEqual(inBoth(chinese, "trade-players"));
    const railway = await search("铁路");
    expect(sectionPaths(railway.results)).toEqual(inBoth(chinese, "trade-partners"));
    expect(railway.results.map((result) => result.marked)).toEqual([["铁路"], ["铁路"]]);
  });

  it("finds the English section first for an English query on the English search page", async () => {
    const { status, results } = await search("terminal opened", undefined, "en/search/");
    expect(sectionPaths(results, 2)).toEqual(inBoth(english, "history"));
    const original = results.find((result) => result.href === `/${ENGLISH_NOTE}/history/`);
    expect(original?.title).toBe("History");
    expect(original?.briefing).toBe("Port traffic note · May 2, 2024");
    expect(original?.lang).toBeNull();
    expect(original?.marked.map((word) => word.trim())).toEqual(expect.arrayContaining(["terminal", "opened"]));
    expect(status).toMatch(/^\d+ results? for “terminal opened”\.$/);
  });

  it("finds only Chinese sections from the Chinese page, and the English one, marked as English, when asked for every language", async () => {
    const english = (href: string) => href.startsWith(`/${ENGLISH_NOTE}/`) || href.startsWith(`/${ENGLISH_COPY}/`);
    expect((await search("terminal opened")).results.filter((result) => english(result.href))).toEqual([]);
    const { status, results } = await search("terminal opened", undefined, "search/?all=1");
    expect(sectionPaths(results, 2)).toEqual(inBoth([ENGLISH_NOTE, ENGLISH_COPY], "history"));
    expect(results.slice(0, 2).map((result) => result.lang)).toEqual(["en", "en"]);
    expect(status).toBe(`找到 ${results.length} 条与“terminal opened”相关的结果。`);
  });

  it("finds a key figure by its label, at the section that states it, though the prose never uses the label", async () => {
    // The shortcode names the figure by id; the rendered prose says "nearly 12,000 TEU".
    expect(readPage(site.out, `${ENGLISH_NOTE}/traffic/index.html`).querySelector("article")?.textContent).not.toMatch(/containers/i);
    const { results } = await search("containers handled", undefined, "en/search/");
    expect(sectionPaths(results)).toEqual(inBoth(english, "traffic"));
  });

  it("joins a Chinese heading and the text under it with 。, never a Latin full stop, and shows the heading without it", async () => {
    const { results } = await search("逐季");
    expect(results[0]?.excerpt).toContain("逐季抬升的走势。从季度看");
    expect(results.filter((result) => /\p{Script=Han}\.\s|。\s/u.test(result.excerpt)).map((result) => result.excerpt)).toEqual([]);
    expect(results.map((result) => result.title).filter((title) => /[.。]$/.test(title))).toEqual([]);
  });

  it("marks a Chinese word the browser splits in two (外贸企业 → 外贸 企业) as one word", async () => {
    const { results } = await search("外贸企业");
    expect(results.flatMap((result) => result.marked)).toContain("外贸企业");
  });

  it("says so when nothing matches", async () => {
    const { status, results } = await search("zzzzqqq");
    expect(results).toEqual([]);
    expect(status).toBe("没有找到与“zzzzqqq”相关的结果。");
  });

  it("searches from the header box of any page, without JavaScript on that page, on the search page of its language", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.url}trade-note/`);
      await page.type("#site-search-query", "铁路");
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe("?q=铁路");
      expect(new URL(page.url()).pathname).toBe("/en/search/");
    } finally {
      await page.close();
    }
  });

  it("explains without JavaScript that search needs it", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(`${site.server.url}search/?q=铁路`);
      const noscript = await page.evaluate(() => document.querySelector(".search__noscript")?.getBoundingClientRect().height ?? 0);
      expect(noscript).toBeGreaterThan(0);
      expect(await page.$$eval(".search-result", (items) => items.length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`passes axe-core with results shown, in the ${scheme} scheme`, async () => {
      const page = await site.browser.newPage();
      try {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        const { results } = await search("出口", page);
        expect(results.length).toBeGreaterThan(1);
        // Evaluated through DevTools, so the page's Content-Security-Policy stays in force for the search itself.
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
