import { cpSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../../src/tools/build/build-site.ts";
import { closeBrowser } from "../../../../src/base/launch-browser.ts";
import { serveFolder, type FolderServer } from "../../../../src/base/serve-folder.ts";
import { CHINESE_BRIEFINGS, CHINESE_SLUG, tempDir } from "../../../helpers/fixtures.ts";
import { connectSharedBrowser } from "../../../helpers/shared-site.ts";
import { listFiles, readPage } from "../../../helpers/site.ts";
import { testProject } from "../../../helpers/project.ts";
import { searchPage, type ShownResult } from "../../../helpers/search-page.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

describe("full-text search over a Chinese and an English briefing, in Chromium", () => {
  const work = tempDir();
  const out = path.join(work, "output");
  const briefingsDir = path.join(work, "briefings");
  let server: FolderServer;
  let browser: Browser;

  beforeAll(async () => {
    cpSync(CHINESE_BRIEFINGS, briefingsDir, { recursive: true });
    cpSync("test/fixtures/valid/trade-note", path.join(briefingsDir, "trade-note"), { recursive: true });
    await buildSite({ project: testProject({ briefingsDir: briefingsDir }), outputDir: out, quiet: true });
    server = await serveFolder(out);
    browser = await connectSharedBrowser();
  });
  afterAll(async () => {
    await closeBrowser(browser);
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Opens the search page for a query, as the header form would, and reads the results it lists. */
  function search(query: string, page?: Page, where = "search/"): Promise<{ status: string; results: ShownResult[] }> {
    return searchPage(browser, server.url, query, where, page);
  }

  it("indexes the section pages and nothing else: no archive, cover, figures, print edition, 404 or feed", () => {
    const entry = JSON.parse(readFileSync(path.join(out, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    // Four Chinese sections and two English ones, all in one index so one search finds both.
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([6]);
    expect(listFiles(out).filter((file) => file.startsWith("pagefind/") && file.endsWith(".pf_fragment")).length).toBe(6);
  });

  it("finds the section on exports first for a Chinese query worded unlike the text (电动车出口)", async () => {
    const { results } = await search("电动车出口");
    expect(results[0]?.href).toMatch(new RegExp(`^/${CHINESE_SLUG}/export-mix/`));
    expect(results[0]?.title).toBe("出口结构：机电产品挑大梁，“新三样”突破万亿元");
    expect(results[0]?.briefing).toBe("2023年我国货物贸易进出口情况简报 · 2024年1月12日");
    expect(results[0]?.marked.length).toBeGreaterThan(0);
    expect(results[0]?.lang).toBeNull();
  });

  it("finds the section on new forms of trade first for 跨境电商, and the railway to Laos for 铁路", async () => {
    expect((await search("跨境电商")).results[0]?.href).toMatch(new RegExp(`^/${CHINESE_SLUG}/trade-players/`));
    const railway = await search("铁路");
    expect(railway.results.map((result) => result.href.split("#")[0])).toEqual([`/${CHINESE_SLUG}/trade-partners/`]);
    expect(railway.results[0]?.marked).toEqual(["铁路"]);
  });

  it("finds the English section first for an English query on the English search page", async () => {
    const { status, results } = await search("terminal opened", undefined, "en/search/");
    expect(results[0]?.href).toBe("/trade-note/history/");
    expect(results[0]?.title).toBe("History");
    expect(results[0]?.briefing).toBe("Port traffic note · May 2, 2024");
    expect(results[0]?.lang).toBeNull();
    expect(results[0]?.marked.map((word) => word.trim())).toEqual(expect.arrayContaining(["terminal", "opened"]));
    expect(status).toMatch(/^\d+ results? for “terminal opened”\.$/);
  });

  it("finds only Chinese sections from the Chinese page, and the English one, marked as English, when asked for every language", async () => {
    expect((await search("terminal opened")).results.filter((result) => result.href.startsWith("/trade-note/"))).toEqual([]);
    const { status, results } = await search("terminal opened", undefined, "search/?all=1");
    expect(results[0]?.href).toBe("/trade-note/history/");
    expect(results[0]?.lang).toBe("en");
    expect(status).toBe(`找到 ${results.length} 条与“terminal opened”相关的结果。`);
  });

  it("finds a key figure by its label, at the section that states it, though the prose never uses the label", async () => {
    // The shortcode names the figure by id; the rendered prose says "nearly 12,000 TEU".
    expect(readPage(out, "trade-note/traffic/index.html").querySelector("article")?.textContent).not.toMatch(/containers/i);
    const { results } = await search("containers handled", undefined, "en/search/");
    expect(results.map((result) => result.href)).toEqual(["/trade-note/traffic/"]);
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
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}trade-note/`);
      await page.type("#site-search-query", "铁路");
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe("?q=铁路");
      expect(new URL(page.url()).pathname).toBe("/en/search/");
    } finally {
      await page.close();
    }
  });

  it("explains without JavaScript that search needs it", async () => {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(`${server.url}search/?q=铁路`);
      const noscript = await page.evaluate(() => document.querySelector(".search__noscript")?.getBoundingClientRect().height ?? 0);
      expect(noscript).toBeGreaterThan(0);
      expect(await page.$$eval(".search-result", (items) => items.length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`passes axe-core with results shown, in the ${scheme} scheme`, async () => {
      const page = await browser.newPage();
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
