import { describe, expect, it } from "vitest";
import { searchPage } from "../../../helpers/search-page.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";

/** Where each edition of the editions site's briefings lives, by its language section's search page. */
const SEARCHES = [
  { page: "search/", language: "zh-CN", query: "货物贸易", first: "/goods-trade-2023/full-year/", editions: [/^\/goods-trade-2023\/(?!en\/)/] },
  { page: "en/search/", language: "en", query: "trading partners", first: "/goods-trade-2023/en/partners/", editions: [/^\/goods-trade-2023\/en\//, /^\/dxb-passengers-2023-editions\/en\//] },
  { page: "en/search/", language: "en", query: "pre-pandemic traffic", first: "/dxb-passengers-2023-editions/en/traffic/", editions: [/^\/goods-trade-2023\/en\//, /^\/dxb-passengers-2023-editions\/en\//] },
  { page: "fr/search/", language: "fr", query: "trafic", first: "/dxb-passengers-2023-editions/fr/traffic/", editions: [/^\/dxb-passengers-2023-editions\/fr\//] },
  { page: "ar/search/", language: "ar", query: "بزيادة", first: "/dxb-passengers-2023-editions/traffic/", editions: [/^\/dxb-passengers-2023-editions\/(?!en\/|fr\/)/] },
];

// The editions site (test/shared-sites.ts): China's goods trade in Chinese and English, and Dubai
// International's passengers in Arabic, English and French, in one Pagefind index.
describe("search on a site of briefings in several editions, in Chromium", () => {
  const site = useSiteInChromium("editions");

  for (const { page, language, query, first, editions } of SEARCHES) {
    it(`answers a ${language} query (${query}) on ${page} with the ${language} editions' sections, the best match first`, async () => {
      const { results } = await searchPage(site.browser, site.server.url, query, page);
      expect(results[0]?.href.split("#")[0]).toBe(first);
      expect(results.filter((result) => !editions.some((edition) => edition.test(result.href))).map((result) => result.href)).toEqual([]);
      expect(results.map((result) => result.lang)).toEqual(results.map(() => null));
    });
  }

  it("puts the reader's own edition first when asked for every language, and marks the others with their language", async () => {
    // "2023" is in every edition of both briefings; Pagefind alone ranks the English ones first.
    const { results } = await searchPage(site.browser, site.server.url, "2023", "fr/search/?all=1");
    const hrefs = results.map((result) => result.href);
    expect(hrefs.slice(0, 2).filter((href) => !href.startsWith("/dxb-passengers-2023-editions/fr/"))).toEqual([]);
    expect(hrefs.some((href) => !href.startsWith("/dxb-passengers-2023-editions/fr/"))).toBe(true);
    expect(results.filter((result) => result.href.startsWith("/dxb-passengers-2023-editions/fr/")).map((result) => result.lang)).toEqual([null, null]);
    expect(results.filter((result) => result.href.startsWith("/dxb-passengers-2023-editions/en/")).map((result) => result.lang)).toEqual(["en", "en"]);
  });
});
