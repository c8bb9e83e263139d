import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInterfaceWords } from "../../../src/content/interface-words.ts";
import { serveFolder, type FolderServer } from "../../../src/base/serve-folder.ts";
import { foreignInterfaceWords } from "../../helpers/foreign-words.ts";
import { readXmlFeed, text, type XmlNode } from "../../helpers/feeds.ts";
import { sharedSite, useSharedBrowser } from "../../helpers/shared-site.ts";
import { FIXTURES_SITE_URL } from "../../shared-sites.ts";
import { listFiles, readPage } from "../../helpers/site.ts";

const labels = readInterfaceWords();
const site = JSON.parse(readFileSync("_data/site.json", "utf8"));
const themes = JSON.parse(readFileSync("_data/themes.json", "utf8"));

/** The fixtures of the scripts site (test/fixtures/languages): each language's section, a briefing in it and its labels file. */
const SECTIONS = [
  { prefix: "fr", language: "fr-FR", labels: "fr", slug: "france-bilan-demographique-2023" },
  { prefix: "es", language: "es-ES", labels: "es", slug: "espana-epa-2023" },
  { prefix: "ja", language: "ja-JP", labels: "ja", slug: "jnto-visitors-2023" },
  { prefix: "ar", language: "ar", labels: "ar", slug: "dxb-passengers-2023" },
] as const;

/** The fixtures site is hosted under a sub-path, which every link on it carries. */
const BASE = new URL(FIXTURES_SITE_URL).pathname;

const SITE_WIDE_PAGES = ["index.html", "search/index.html", "404.html", "tags/index.html"];

// The fixtures site (test/shared-sites.ts): French, Spanish, Japanese and
// Arabic briefings beside Chinese and English ones; the root's pages are in the site's own language
// (zh-CN), and each other language has its own section.
describe("site-wide pages in every language a briefing is written in", () => {
  const out = sharedSite("fixtures");

  for (const section of SECTIONS) {
    it(`publishes the archive, search, 404, topics and feeds under /${section.prefix}/, in ${section.language}, with no other language's words`, () => {
      const words = labels[section.labels]!;
      const tagPages = listFiles(out).filter((file) => file.startsWith(`${section.prefix}/tags/`) && file.endsWith("/index.html") && file !== `${section.prefix}/tags/index.html`);
      expect(tagPages.length).toBeGreaterThan(0);
      for (const file of [...SITE_WIDE_PAGES.map((page) => `${section.prefix}/${page}`), ...tagPages]) {
        const page = readPage(out, file);
        expect(page.documentElement.getAttribute("lang"), file).toBe(section.language);
        expect(page.documentElement.getAttribute("dir"), file).toBe(section.language === "ar" ? "rtl" : "ltr");
        expect(foreignInterfaceWords(page, labels), file).toEqual([]);
        expect(page.querySelector(".site-header__logo")?.getAttribute("href"), file).toBe(`${BASE}${section.prefix}/`);
      }
      expect(readPage(out, `${section.prefix}/search/index.html`).querySelector(".search__title")?.textContent).toBe(words.searchTitle);
      expect(readPage(out, `${section.prefix}/404.html`).querySelector("h1")?.textContent).toBe(words.notFound);
      expect(readPage(out, `${section.prefix}/index.html`).querySelector(".archive__title")?.textContent).toBe(words.archiveTitle);
      // Links between a section's own pages stay in the section.
      const tagLinks = [...readPage(out, `${section.prefix}/index.html`).querySelectorAll(".tag-link")].map((link) => link.getAttribute("href") ?? "");
      expect(tagLinks.length).toBeGreaterThan(0);
      expect(tagLinks.filter((href) => !href.startsWith(`${BASE}${section.prefix}/tags/`))).toEqual([]);
    });

    it(`leads a ${section.language} briefing's masthead, search box and feeds to the /${section.prefix}/ pages, named in its language`, () => {
      const page = readPage(out, `${section.slug}/index.html`);
      expect(page.querySelector(".site-header__logo")?.getAttribute("href")).toBe(`${BASE}${section.prefix}/`);
      expect(page.querySelector("form.site-search")?.getAttribute("action")).toBe(`${BASE}${section.prefix}/search/`);
      expect([...page.querySelectorAll('head link[rel="alternate"]')].map((link) => link.getAttribute("href"))).toEqual([
        `${BASE}${section.prefix}/feed.xml`,
        `${BASE}${section.prefix}/atom.xml`,
        `${BASE}${section.prefix}/feed.json`,
      ]);
      expect([...page.querySelectorAll(".subscribe a")].map((link) => link.getAttribute("href"))).toEqual([`${BASE}${section.prefix}/feed.xml`, `${BASE}${section.prefix}/atom.xml`, `${BASE}${section.prefix}/feed.json`, `${BASE}${section.prefix}/subscribe/`]);
      const key = section.prefix;
      expect(page.querySelector(".site-header__name")?.textContent).toBe(site.title[key]);
      expect(page.querySelector(".site-header__name")?.hasAttribute("lang")).toBe(false);
      expect(page.querySelector(".site-header__mark")?.textContent).toBe(themes[site.theme].logoText[key]);
      expect(page.querySelector(".site-header__mark")?.hasAttribute("lang")).toBe(false);
    });

    it(`writes the /${section.prefix}/ feeds in ${section.language}: RSS <language>, Atom xml:lang, JSON Feed language, and the feed page's words`, () => {
      const rss = (readXmlFeed(out, `${section.prefix}/feed.xml`).rss as XmlNode).channel as XmlNode;
      expect(text(rss.language)).toBe(section.language);
      expect(text(rss.title)).toBe(site.feed.title[section.prefix]);
      const atom = readXmlFeed(out, `${section.prefix}/atom.xml`).feed as XmlNode;
      expect(atom["@xml:lang"]).toBe(section.language);
      expect(text((atom.author as XmlNode).name)).toBe(site.feed.author.name[section.prefix]);
      const json = JSON.parse(readFileSync(path.join(out, section.prefix, "feed.json"), "utf8"));
      expect(json.language).toBe(section.language);
      expect(json.title).toBe(site.feed.title[section.prefix]);
      const feedPage = readPage(out, `${section.prefix}/subscribe/index.html`);
      expect(feedPage.documentElement.getAttribute("lang")).toBe(section.language);
      expect(feedPage.querySelector("h1")?.textContent).toBe(labels[section.labels]!.feedHeading as string);
      // The XML feed names its own section's page for people who open it in a browser.
      expect(readFileSync(path.join(out, section.prefix, "feed.xml"), "utf8")).toContain(`${BASE}${section.prefix}/subscribe/ -->`);
    });
  }

  it("keeps the site's own language at the root, and its 404 page leads to every section's home in that section's words", () => {
    const home = readPage(out, "index.html");
    expect(home.documentElement.getAttribute("lang")).toBe(site.language);
    const notFound = readPage(out, "404.html");
    const links = [...notFound.querySelectorAll(".not-found__languages a")].map((link) => ({ href: link.getAttribute("href"), lang: link.closest("[lang]")?.getAttribute("lang"), text: link.textContent }));
    // Every section's home, once (the English fixtures have a section too), and the four above in their own words.
    const sectionHomes = listFiles(out).filter((file) => /^[a-z-]+\/search\/index\.html$/.test(file)).map((file) => `${BASE}${file.split("/")[0]}/`);
    expect(links.map((link) => link.href)).toEqual(sectionHomes.sort((a, b) => a.localeCompare(b)));
    for (const section of SECTIONS) expect(links).toContainEqual({ href: `${BASE}${section.prefix}/`, lang: section.language, text: labels[section.labels]!.archiveTitle });
  });

  it("wraps a right-to-left entry's content in dir=rtl in every feed format, and leaves left-to-right ones alone", () => {
    const items = ((readXmlFeed(out, "feed.xml").rss as XmlNode).channel as XmlNode).item as XmlNode[];
    const arabic = items.filter((item) => text(item["dc:language"]) === "ar");
    const others = items.filter((item) => text(item["dc:language"]) !== "ar");
    expect(arabic.length).toBeGreaterThan(0);
    for (const item of arabic) {
      for (const html of [text(item["content:encoded"]), text(item.description)]) {
        const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
        expect(document.body.children.length).toBe(1);
        expect(document.body.firstElementChild?.getAttribute("dir")).toBe("rtl");
      }
    }
    for (const item of others) expect(text(item["content:encoded"])).not.toMatch(/dir="rtl"/);
    const entries = (readXmlFeed(out, "atom.xml").feed as XmlNode).entry as XmlNode[];
    expect(entries.filter((entry) => entry["@xml:lang"] === "ar").every((entry) => text(entry.content).startsWith('<div dir="rtl"'))).toBe(true);
    const json = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8")) as { items: Array<{ language: string; content_html: string }> };
    expect(json.items.filter((item) => item.language === "ar").every((item) => item.content_html.startsWith('<div dir="rtl"'))).toBe(true);
  });

  it("sets the PDF's size left to right on Arabic pages, so it reads 119 KB and not KB 119", () => {
    const size = readPage(out, "dxb-passengers-2023/index.html").querySelector(".pdf-download__size bdi[dir=ltr]");
    expect(size?.textContent).toMatch(/^[\d٠-٩.,٫]+\s(KB|MB)$/);
    const archived = readPage(out, "ar/index.html").querySelector(".archive-entry__pdf-size bdi[dir=ltr]");
    expect(archived?.textContent).toMatch(/(KB|MB)$/);
  });
});

describe("searching from a French briefing, in Chromium", () => {
  const out = sharedSite("fixtures");
  const shared = useSharedBrowser();
  let server: FolderServer;

  beforeAll(async () => {
    server = await serveFolder(out, BASE);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers in French with the French briefing's sections, and finds the others only when asked for every language", async () => {
    const page = await shared.browser.newPage();
    try {
      await page.goto(`${server.url}france-bilan-demographique-2023/`);
      // A word every fixture's prose holds in some form would not tell the sections apart; the year does.
      await page.type("#site-search-query", "2023");
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      expect(new URL(page.url()).pathname).toBe(`${BASE}fr/search/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr-FR");
      const results = async () => {
        await page.waitForFunction(() => /\d/.test(document.querySelector(".search__status")?.textContent ?? ""), { timeout: 30_000 });
        return page.evaluate(() => ({
          status: document.querySelector(".search__status")?.textContent ?? "",
          hrefs: [...document.querySelectorAll(".search-result__title a")].map((link) => link.getAttribute("href") ?? ""),
        }));
      };
      const french = await results();
      expect(french.hrefs.length).toBeGreaterThan(0);
      expect(french.hrefs.filter((href) => !href.startsWith(`${BASE}france-bilan-demographique-2023/`))).toEqual([]);
      // Fewer than the 20 results the page lists, so the sentence counts what is shown.
      const forms = labels.fr!.searchResults as Record<string, string>;
      const count = french.hrefs.length;
      const form = forms[new Intl.PluralRules("fr-FR").select(count)] ?? forms.other!;
      expect(french.status).toBe(form.replace("{count}", String(count)).replace("{query}", "2023"));
      await page.click("#search-all");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("all") === "1");
      await page.waitForFunction((french) => [...document.querySelectorAll(".search-result__title a")].some((link) => !(link.getAttribute("href") ?? "").startsWith(french)), { timeout: 30_000 }, `${BASE}france`);
      const every = await results();
      expect(every.hrefs.length).toBeGreaterThan(french.hrefs.length);
    } finally {
      await page.close();
    }
  });
});
