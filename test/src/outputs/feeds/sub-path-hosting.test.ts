import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { FolderServer } from "../../../../src/base/serve-folder.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { brokenSiteUrl, readXmlFeed, text, urlsInHtml, type XmlNode } from "../../../helpers/feeds.ts";
import { fileForUrl, listFiles, readPage } from "../../../helpers/site.ts";
import { CHINESE_SLUG } from "../../../helpers/fixtures.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";
import { sharedSiteBuild } from "../../../helpers/shared-site.ts";
import { FIXTURES_SITE_URL } from "../../../shared-sites.ts";
import { openPage } from "../../../helpers/open-page.ts";

const SITE_URL = FIXTURES_SITE_URL;
const PREFIX = "/briefings/";

// The fixtures site (test/shared-sites.ts) is built under https://example.org/briefings/.
describe("a site hosted under a sub-path", () => {
  const site = useSiteInChromium("fixtures");
  let out: string;
  let browser: Browser;
  let server: FolderServer;

  beforeAll(() => {
    ({ out, browser, server } = site);
  });

  it("puts the sub-path before every site link in every page, and each names a file that exists", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of listFiles(out).filter((f) => f.endsWith(".html"))) {
      const document = readPage(out, file);
      for (const element of document.querySelectorAll("a[href], link[href], img[src], script[src]")) {
        const href = element.getAttribute("href") ?? element.getAttribute("src")!;
        if (href.startsWith("#") || /^[a-z]+:/.test(href)) continue;
        checked++;
        // A link from the site's root must carry the prefix itself; a relative one (written in a
        // section's prose, `../figures/`) takes it from the page it is on.
        if (href.startsWith("/") && !href.startsWith(PREFIX)) {
          problems.push(`${file}: ${href} lacks ${PREFIX}`);
          continue;
        }
        const problem = brokenSiteUrl(out, SITE_URL, new URL(href, new URL(file.replace(/index\.html$/, ""), SITE_URL)).href);
        if (problem) problems.push(`${file}: ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it("gives the feeds the full base URL, and every URL in them names a file that exists", () => {
    const rss = (readXmlFeed(out, "feed.xml").rss as XmlNode).channel as XmlNode;
    const atom = readXmlFeed(out, "atom.xml").feed as XmlNode;
    const json = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8")) as { feed_url: string; items: { url: string; content_html: string }[] };
    const urls = [text(rss.link), json.feed_url, ...((atom.link as XmlNode[]).map((l) => String(l["@href"])))];
    for (const item of rss.item as XmlNode[]) urls.push(text(item.link), ...urlsInHtml(text(item["content:encoded"])));
    for (const item of json.items) urls.push(item.url, ...urlsInHtml(item.content_html));
    // Every URL is absolute; those into the site carry its sub-path and name a file of it. A link
    // the briefings' authors wrote to another page (a source on the same host, say) stays as written.
    expect(urls.filter((url) => !URL.canParse(url))).toEqual([]);
    const written = new Set(listFiles(sharedSiteBuild("fixtures").briefingsDir).flatMap((file) => readFileSync(path.join(sharedSiteBuild("fixtures").briefingsDir, file), "utf8").match(/https?:\/\/[^\s)"'>\]]+/g) ?? []));
    const onSite = urls.filter((url) => new URL(url).host === new URL(SITE_URL).host && !written.has(url.replace(/&amp;/g, "&")));
    expect(onSite.length).toBeGreaterThan(20);
    expect(onSite.filter((url) => !url.startsWith(SITE_URL))).toEqual([]);
    expect(onSite.map((url) => brokenSiteUrl(out, SITE_URL, url)).filter(Boolean)).toEqual([]);
    expect(text(rss.link)).toBe(SITE_URL);
    expect(readFileSync(path.join(out, "feed.xml"), "utf8")).toContain(`${SITE_URL}subscribe/ -->`);
    // Ids stay under the site's host, not its path: moving to a sub-path keeps them.
    expect(text((rss.item as XmlNode[])[0]!.guid)).toMatch(/^tag:example\.org,/);
  });

  it("gives the figure downloads' links the full base URL, and each names a paragraph that exists", () => {
    const csv = readFileSync(path.join(out, CHINESE_SLUG, "figures.csv"), "utf8");
    const json = JSON.parse(readFileSync(path.join(out, CHINESE_SLUG, "figures.json"), "utf8")) as { briefing: { url: string }; figures: { source_url: string }[]; charts: { url: string }[] };
    const urls = [...csv.matchAll(/https?:\/\/[^,\s"]+/g)].map((match) => match[0]);
    urls.push(json.briefing.url, ...json.figures.map((figure) => figure.source_url), ...json.charts.map((chart) => chart.url));
    expect(urls.length).toBeGreaterThan(40);
    expect(urls.filter((url) => !url.startsWith(SITE_URL))).toEqual([]);
    expect(urls.map((url) => brokenSiteUrl(out, SITE_URL, url)).filter(Boolean)).toEqual([]);
  });

  it("serves pages with their styles and fonts, the subscribe page among them, in light and dark, at 390 and 1280 px", async () => {
    const theme = readSettings().theme;
    const problems: string[] = [];
    const pages = ["", `${CHINESE_SLUG}/`, `${CHINESE_SLUG}/updates/`, "subscribe/"];
    const views = [390, 1280].flatMap((width) => (["light", "dark"] as const).map((scheme) => ({ width, scheme })));
    for (const sitePath of pages) {
      // Each page is loaded once and looked at in every view: a new width or scheme restyles and
      // lays it out again, as a fresh load at that size and scheme would.
      const page = await browser.newPage();
      try {
        page.on("response", (response) => {
          // Browsers ask for /favicon.ico on their own when an XML page names no icon.
          if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) problems.push(`${sitePath}: ${response.status()} ${response.url()}`);
        });
        await page.setViewport({ width: views[0]!.width, height: 900 });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: views[0]!.scheme }]);
        await openPage(page, `${server.url}${sitePath}`);
        for (const { width, scheme } of views) {
          await page.setViewport({ width, height: 900 });
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
          const result = await page.evaluate(async (family: string) => {
            await document.fonts.ready;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            await document.fonts.ready;
            return {
              overflow: document.documentElement.scrollWidth - window.innerWidth,
              font: [...document.fonts].some((f) => f.status === "loaded" && f.family.replace(/"/g, "") === family),
              background: getComputedStyle(document.documentElement).backgroundColor,
              heading: document.querySelector("h1")?.textContent ?? "",
              entries: [...document.querySelectorAll(".feed-entries li a")].map((a) => a.getAttribute("href")),
            };
          }, theme.fonts.body.cjk.family);
          if (result.overflow > 0) problems.push(`${sitePath} at ${width}px: ${result.overflow}px too wide`);
          if (!result.font) problems.push(`${sitePath}: body font not loaded`);
          if (result.background !== hexToRgb(theme[scheme].background)) problems.push(`${sitePath} (${scheme}): background ${result.background}`);
          if (sitePath === "subscribe/") {
            expect(result.heading).toBe("订阅本站");
            expect(result.entries.length).toBeGreaterThan(0);
            // Links within the site as served: under its sub-path.
            expect(result.entries.every((href) => href?.startsWith(PREFIX))).toBe(true);
          }
        }
      } finally {
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it("still serves the files at the same places in output/", () => {
    expect(fileForUrl(out, "/feed.xml")).toBe("feed.xml");
    expect(fileForUrl(out, "/subscribe/")).toBe("subscribe/index.html");
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
