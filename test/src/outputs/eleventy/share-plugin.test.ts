import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { editionIn } from "../../../../src/content/paths/edition-paths.ts";
import { tagSlug } from "../../../../src/content/paths/tag-paths.ts";
import { sectionOf, siteSections, type LanguageSection } from "../../../../src/content/paths/language-sections.ts";
import { closeBrowser } from "../../../../src/base/launch-browser.ts";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import type { Briefing } from "../../../../src/content/briefing.ts";
import { serveFolder } from "../../../../src/base/serve-folder.ts";
import { formatBytes } from "../../../../src/render/format/format-bytes.ts";
import { browsedPages, fileForUrl, readPage } from "../../../helpers/site.ts";
import { pngSize } from "../../../helpers/png.ts";
import { openPage } from "../../../helpers/open-page.ts";
import { connectSharedBrowser, sharedSite, sharedSiteBuild } from "../../../helpers/shared-site.ts";
import { FIXTURES_SITE_URL } from "../../../shared-sites.ts";

const SITE_URL = FIXTURES_SITE_URL;
const PREFIX = new URL(SITE_URL).pathname;

/** How OpenGraph writes the locale of each language the fixtures are in. */
const OG_LOCALES: Record<string, string> = { "zh-CN": "zh_CN", "en-US": "en_US", "en-GB": "en_GB", en: "en", ar: "ar", "es-ES": "es_ES", "fr-FR": "fr_FR", "ja-JP": "ja_JP" };

/** The address a built file is published at: `a/index.html` → `…/a/` (a Chinese tag's folder percent-encoded, as in any URL). */
function addressOf(file: string): string {
  return new URL(file.replace(/(^|\/)index\.html$/, "$1"), SITE_URL).href;
}

/** The content of every `<meta property|name=…>` with that key on a page. */
function metaAll(document: Document, key: string): string[] {
  return [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((element) => element.getAttribute("content") ?? "");
}

// The fixtures site (test/shared-sites.ts): Chinese and English briefings, several of them, under a sub-path.
describe("the share plugin: canonical addresses, share metadata, JSON-LD, sitemap and robots.txt", () => {
  const out = sharedSite("fixtures");
  let briefings: Briefing[];
  let pages: string[];
  let sections: LanguageSection[];
  /** The not-found pages: one per language section (`404.html`, `fr/404.html`). */
  const isNotFound = (file: string) => /(^|\/)404\.html$/.test(file);

  beforeAll(() => {
    briefings = loadBriefings(sharedSiteBuild("fixtures").briefingsDir);
    pages = browsedPages(out);
    sections = siteSections(briefings, JSON.parse(readFileSync("_data/site.json", "utf8")).language);
  });

  it("gives every page but the print edition exactly one canonical link: its own absolute address, sub-path included", () => {
    // Per language section: home, 404, search, subscribe, the topic index and one page per topic;
    // cover, key figures, updates and sources of each briefing and each of its editions; their sections.
    // Each section's topics are its briefings' in its language (an English edition's are English).
    const topics = sections.reduce((count, section) => count + new Set(briefings.flatMap((briefing) => editionIn(briefing, section).tags.map(tagSlug))).size, 0);
    const editions = briefings.flatMap((briefing) => [briefing, ...briefing.editions]);
    const sectionPages = editions.reduce((count, edition) => count + edition.sections.length, 0);
    expect(sections.length).toBeGreaterThan(4);
    expect(pages.length).toBe(sections.length * (4 + 1) + topics + editions.length * 4 + sectionPages);
    for (const file of pages) {
      const links = [...readPage(out, file).querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute("href"));
      expect(links, file).toEqual([addressOf(file)]);
    }
  });

  it("gives every page one OpenGraph title, description and image, and the image is a 1200×630 PNG that exists", () => {
    const images = new Set<string>();
    for (const file of pages) {
      const document = readPage(out, file);
      for (const key of ["og:title", "og:description", "og:image", "og:url", "og:type", "og:locale", "og:image:alt", "twitter:card", "twitter:image"]) {
        const values = metaAll(document, key);
        expect(values, `${file} ${key}`).toHaveLength(1);
        expect(values[0]!.trim(), `${file} ${key}`).not.toBe("");
      }
      expect(metaAll(document, "og:url")).toEqual([addressOf(file)]);
      expect(metaAll(document, "og:image:width")).toEqual(["1200"]);
      expect(metaAll(document, "og:image:height")).toEqual(["630"]);
      expect(metaAll(document, "twitter:card")).toEqual(["summary_large_image"]);
      const image = metaAll(document, "og:image")[0]!;
      expect(image.startsWith(SITE_URL), file).toBe(true);
      expect(metaAll(document, "twitter:image")).toEqual([image]);
      const imageFile = fileForUrl(out, `/${image.slice(SITE_URL.length)}`);
      expect(imageFile, `${file}: ${image}`).toBeDefined();
      expect(pngSize(path.join(out, imageFile!))).toEqual({ width: 1200, height: 630 });
      images.add(image);
    }
    // One image per edition of each briefing, and the site's own for the pages of no briefing.
    expect([...images].sort()).toEqual([`${SITE_URL}assets/share.png`, ...briefings.flatMap((b) => [b, ...b.editions]).map((edition) => `${SITE_URL}${edition.url.slice(1)}share.png`)].sort());
  });

  it("describes each page in its own language and kind: a briefing's pages as articles, with its image and title", () => {
    for (const briefing of briefings) {
      const cover = readPage(out, `${briefing.slug}/index.html`);
      expect(metaAll(cover, "og:title")).toEqual([briefing.title]);
      expect(metaAll(cover, "og:description")).toEqual([briefing.summary]);
      expect(metaAll(cover, "og:type")).toEqual(["article"]);
      expect(metaAll(cover, "og:locale")).toEqual([OG_LOCALES[briefing.language]]);
      expect(metaAll(cover, "article:modified_time")).toEqual([briefing.updated]);
      expect(metaAll(cover, "article:tag")).toEqual(briefing.tags);
      // The image's text names the first headline figure, when the briefing has one.
      const headline = briefing.figures.find((figure) => figure.headline);
      expect(metaAll(cover, "og:image:alt")[0]).toContain(headline ? headline.label : briefing.title);
    }
    expect(metaAll(readPage(out, "404.html"), "og:type")).toEqual(["website"]);
  });

  it("describes each briefing's pages as a schema.org Report with what search engines need", () => {
    for (const file of pages) {
      const document = readPage(out, file);
      const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
      const briefing = briefings.find((b) => file.startsWith(`${b.slug}/`));
      if (!briefing) {
        if (file === "404.html") expect(scripts, file).toHaveLength(0);
        continue;
      }
      // An edition's pages (/<briefing>/en/…) describe the edition: test/src/site/editions.test.ts reads them.
      if (briefing.editions.some((edition) => file.startsWith(edition.url.slice(1)))) continue;
      expect(scripts, file).toHaveLength(1);
      const report = JSON.parse(scripts[0]!.textContent ?? "");
      expect(report["@context"]).toBe("https://schema.org");
      expect(report["@type"]).toBe("Report");
      expect(report.headline).toBe(briefing.title);
      expect(report.url).toBe(`${SITE_URL}${briefing.slug}/`);
      expect(report.datePublished).toBe(briefing.date);
      expect(report.dateModified).toBe(briefing.updated);
      expect(report.inLanguage).toBe(briefing.language);
      expect(report.publisher).toEqual({ "@type": "Organization", name: briefing.publisher });
      expect(report.author).toEqual({ "@type": "Organization", name: briefing.publisher });
      // Tags become keywords and what the report is about; a briefing without tags has neither.
      expect(report.keywords).toEqual(briefing.tags.length > 0 ? briefing.tags : undefined);
      expect(report.about?.map((thing: { name: string }) => thing.name)).toEqual(briefing.tags.length > 0 ? briefing.tags : undefined);
      expect(report.isBasedOn).toMatchObject({ name: briefing.source.title, publisher: { name: briefing.source.publisher }, datePublished: briefing.source.date });
      expect(report.isBasedOn.url).toBe(briefing.source.url);
      expect(report.encoding).toMatchObject({ "@type": "MediaObject", encodingFormat: "application/pdf", contentUrl: `${SITE_URL}${briefing.slug}/${briefing.slug}.pdf` });
      expect(fileForUrl(out, `/${briefing.slug}/${briefing.slug}.pdf`)).toBeDefined();
      expect(report.image).toBe(`${SITE_URL}${briefing.slug}/share.png`);
    }
  });

  it("describes the home as the WebSite and every other listing (archive pages, topics, search) as a CollectionPage of it", () => {
    const listings = pages.filter((file) => !isNotFound(file) && !briefings.some((b) => file.startsWith(`${b.slug}/`)));
    expect(listings).toEqual(expect.arrayContaining(["index.html", "search/index.html", "tags/index.html"]));
    for (const file of listings) {
      const scripts = [...readPage(out, file).querySelectorAll('script[type="application/ld+json"]')];
      expect(scripts, file).toHaveLength(1);
      const data = JSON.parse(scripts[0]!.textContent ?? "");
      const url = new URL(file.replace(/index\.html$/, ""), SITE_URL).href;
      expect(data, file).toMatchObject(file === "index.html" ? { "@type": "WebSite", url: SITE_URL } : { "@type": "CollectionPage", url, isPartOf: { "@type": "WebSite", url: SITE_URL } });
      expect(typeof data.name).toBe("string");
    }
  });

  it("lists exactly the public pages in the sitemap, each with the date its briefing last changed", () => {
    const xml = readFileSync(path.join(out, "sitemap.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ isArray: (name) => name === "url" }).parse(xml) as { urlset: { url: Array<{ loc: string; lastmod: string }> } };
    const listed = parsed.urlset.url.map((entry) => entry.loc);
    const expected = pages.filter((file) => !isNotFound(file)).map(addressOf).sort();
    expect(listed).toEqual(expected);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.some((loc) => loc.includes("/print/"))).toBe(false);
    const newest = briefings.map((b) => b.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    for (const entry of parsed.urlset.url) {
      const briefing = briefings.find((b) => entry.loc.startsWith(`${SITE_URL}${b.slug}/`));
      expect(entry.lastmod, entry.loc).toBe(briefing ? briefing.updated : newest);
    }
  });

  it("keeps the not-found page out of search engines' indexes", () => {
    const notFound = pages.filter(isNotFound);
    expect(notFound.length).toBe(sections.length);
    for (const file of notFound) expect(metaAll(readPage(out, file), "robots"), file).toEqual(["noindex"]);
    for (const file of pages.filter((f) => !isNotFound(f))) expect(metaAll(readPage(out, file), "robots"), file).toEqual([]);
  });

  it("names the sitemap's full address in robots.txt and keeps crawlers out of the print editions", () => {
    const robots = readFileSync(path.join(out, "robots.txt"), "utf8").split("\n").map((line) => line.trim());
    expect(robots.filter((line) => line.startsWith("Sitemap:"))).toEqual([`Sitemap: ${SITE_URL}sitemap.xml`]);
    expect(robots.filter((line) => line.startsWith("Disallow:"))).toEqual([`Disallow: ${PREFIX}*/print/`]);
    expect(robots[0]).toBe("User-agent: *");
  });

  it("removes the pages the share images were photographed from", () => {
    expect(pages.filter((file) => file.endsWith("share-card.html"))).toEqual([]);
    expect(fileForUrl(out, "/assets/share-card.html")).toBeUndefined();
  });

  it("offers the three feeds of the page's language section in every page's footer with a line saying what subscribing does", () => {
    for (const file of pages) {
      const document = readPage(out, file);
      const subscribe = document.querySelector("footer .subscribe");
      expect(subscribe, file).not.toBeNull();
      const hrefs = [...subscribe!.querySelectorAll("a")].map((a) => a.getAttribute("href"));
      const section = `${PREFIX}${sectionOf(sections, document.documentElement.getAttribute("lang") ?? "").prefix.slice(1)}`;
      // The three feeds, then the page that explains them to people who open one.
      expect(hrefs, file).toEqual([`${section}feed.xml`, `${section}atom.xml`, `${section}feed.json`, `${section}subscribe/`]);
      for (const href of hrefs) expect(fileForUrl(out, href!.slice(PREFIX.length - 1))).toBeDefined();
      expect(subscribe!.querySelector(".subscribe__note")?.textContent?.trim().length).toBeGreaterThan(10);
    }
  });

  it("shows people who open a feed a page of the site instead of XSLT: /subscribe/, with the feed's entries, addresses and PDF sizes, and no console warning", async () => {
    // Browsers are removing XSLT (Chromium 156 warns on every page that uses it): no feed asks for a stylesheet.
    for (const feed of ["feed.xml", "atom.xml"]) {
      const xml = readFileSync(path.join(out, feed), "utf8");
      expect(xml, feed).not.toContain("<?xml-stylesheet");
      // Right after the XML declaration, a comment names the page: a browser shows the feed's source, comment first.
      const second = xml.split("\n")[1] ?? "";
      expect(second, feed).toMatch(/^<!-- .* -->$/);
      expect(second, feed).toContain(`${SITE_URL}subscribe/`);
    }
    expect(fileForUrl(out, "/assets/feed.xsl")).toBeUndefined();

    const atom = readFileSync(path.join(out, "atom.xml"), "utf8");
    const entryTitles = [...atom.matchAll(/<entry[^>]*>\s*<id>[^<]*<\/id>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    const language = /<feed[^>]*xml:lang="([^"]+)"/.exec(atom)?.[1] ?? "en";
    const sizes = [...atom.matchAll(/rel="enclosure"[^>]*length="(\d+)"|length="(\d+)"[^>]*rel="enclosure"/g)].map((m) => formatBytes(Number(m[1] ?? m[2]), language));
    expect(entryTitles.length).toBeGreaterThan(2);
    expect(sizes.length).toBeGreaterThan(0);
    const server = await serveFolder(out, PREFIX);
    const browser = await connectSharedBrowser();
    const warnings: string[] = [];
    try {
      for (const width of [390, 1280]) {
        const page = await browser.newPage();
        page.on("console", (message) => {
          if (message.type() === "warn" || message.type() === "error") warnings.push(`${width} px: ${message.text()}`);
        });
        page.on("pageerror", (error) => warnings.push(`${width} px: ${String(error)}`));
        await page.setViewport({ width, height: 800 });
        await openPage(page, `${server.url}subscribe/`);
        const shown = await page.evaluate(() => ({
          titles: [...document.querySelectorAll(".feed-entries .update__title a")].map((a) => a.textContent ?? ""),
          sources: [...document.querySelectorAll(".feed-entries .update__source")].map((p) => p.textContent ?? ""),
          addresses: [...document.querySelectorAll(".feed-help__addresses code")].map((code) => code.textContent ?? ""),
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        }));
        expect(shown.titles).toEqual(entryTitles);
        expect(shown.addresses).toEqual([`${SITE_URL}feed.xml`, `${SITE_URL}atom.xml`, `${SITE_URL}feed.json`]);
        // The sizes are the site's own (KB of 1000, as the download links say), not a stylesheet's kB of 1024.
        for (const size of sizes) expect(shown.sources.some((source) => source.includes(size)), size).toBe(true);
        expect(shown.overflow, `${width} px`).toBeLessThanOrEqual(0);
        await page.close();
      }
      // The feed itself, opened in the browser, no longer draws a warning either.
      const page = await browser.newPage();
      page.on("console", (message) => {
        if (message.type() === "warn" || message.type() === "error") warnings.push(`feed.xml: ${message.text()}`);
      });
      await page.goto(`${server.url}feed.xml`, { waitUntil: "load" });
      await page.close();
    } finally {
      await closeBrowser(browser);
      await server.close();
    }
    expect(warnings).toEqual([]);
  });
});
