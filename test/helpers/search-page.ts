import type { Browser, Page } from "puppeteer-core";

/** One result as the search page lists it. */
export interface ShownResult {
  href: string;
  briefing: string;
  title: string;
  marked: string[];
  excerpt: string;
  /** The result's own language, set only when it is not the search page's. */
  lang: string | null;
}

/**
 * Opens a search page for a query, as the header form would, and reads the results it lists once
 * its status line answers the query (every answer, in every language, names it; "searching…" does not).
 * @param browser the Chromium to open it in
 * @param siteUrl the served site's home page, ending in "/"
 * @param query what the reader typed
 * @param where the search page, relative to the home page (`search/`, `en/search/`, `search/?all=1`)
 * @param page a tab to use, else a new one, closed afterwards
 */
export async function searchPage(browser: Browser, siteUrl: string, query: string, where = "search/", page?: Page): Promise<{ status: string; results: ShownResult[] }> {
  const tab = page ?? (await browser.newPage());
  try {
    await tab.goto(`${siteUrl}${where}${where.includes("?") ? "&" : "?"}q=${encodeURIComponent(query)}`);
    await tab.waitForFunction((asked) => (document.querySelector(".search__status")?.textContent ?? "").includes(asked), { timeout: 30_000 }, query);
    return await tab.evaluate(() => ({
      status: document.querySelector(".search__status")?.textContent ?? "",
      results: [...document.querySelectorAll(".search-result")].map((item) => ({
        href: item.querySelector(".search-result__title a")?.getAttribute("href") ?? "",
        briefing: item.querySelector(".search-result__briefing")?.textContent ?? "",
        title: item.querySelector(".search-result__title a")?.textContent ?? "",
        marked: [...item.querySelectorAll(".search-result__excerpt mark")].map((mark) => mark.textContent ?? ""),
        excerpt: item.querySelector(".search-result__excerpt")?.textContent ?? "",
        lang: item.getAttribute("lang"),
      })),
    }));
  } finally {
    if (!page) await tab.close();
  }
}
