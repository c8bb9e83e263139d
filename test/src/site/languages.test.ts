import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { buildSite } from "../../../src/tools/build/build-site.ts";
import { ContentError } from "../../../src/base/content-error.ts";
import { readPage } from "../../helpers/site.ts";
import { CHINESE_SLUG, tempDir } from "../../helpers/fixtures.ts";
import { sharedSite } from "../../helpers/shared-site.ts";
import { briefingsFolder, filesUnder, hanOutsideChinese } from "../../helpers/languages.ts";
import { testProject } from "../../helpers/project.ts";

const site = JSON.parse(readFileSync("_data/site.json", "utf8"));
const themes = JSON.parse(readFileSync("_data/themes.json", "utf8"));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

// The English site (test/shared-sites.ts): the English test briefing alone.
describe("a site whose briefings are all in English", () => {
  const out = sharedSite("english");
  let files: string[];

  beforeAll(() => {
    files = filesUnder(out).filter((file) => /\.(html|xml|json)$/.test(file));
  });

  it("shows no Chinese character in any page, feed, feed page or download", () => {
    expect(files.filter((f) => f.endsWith(".html")).length).toBeGreaterThanOrEqual(8);
    expect(files).toEqual(expect.arrayContaining(["404.html", "feed.xml", "atom.xml", "feed.json", "subscribe/index.html"]));
    const found = files.flatMap((file) => hanOutsideChinese(file, readFileSync(path.join(out, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("marks every page, the 404 page and the feed page as English", () => {
    for (const file of files.filter((f) => f.endsWith(".html"))) expect(readPage(out, file).documentElement.getAttribute("lang"), file).toBe("en");
  });

  it("gives the feeds the briefings' language and the English feed words", () => {
    const rss = xml.parse(readFileSync(path.join(out, "feed.xml"), "utf8")).rss.channel;
    expect(rss.language).toBe("en");
    expect(rss.title).toBe(site.feed.title.en);
    expect(rss.description).toBe(site.feed.subtitle.en);
    const atom = xml.parse(readFileSync(path.join(out, "atom.xml"), "utf8")).feed;
    expect(atom["@xml:lang"]).toBe("en");
    expect(atom.author.name).toBe(site.feed.author.name.en);
    expect(JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8")).language).toBe("en");
  });

  it("names the site, its logo and its feeds in English, with no lang of their own", () => {
    const page = readPage(out, "trade-note/index.html");
    expect(page.querySelector(".site-header__name")?.textContent).toBe(site.title.en);
    expect(page.querySelector(".site-header__name")?.hasAttribute("lang")).toBe(false);
    expect(page.querySelector(".site-header__mark")?.textContent).toBe(themes[site.theme].logoText.en);
    const feeds = [...page.querySelectorAll('link[rel="alternate"]')];
    expect(feeds.map((link) => link.getAttribute("title"))).toEqual([`${site.feed.title.en} (RSS)`, `${site.feed.title.en} (Atom)`, `${site.feed.title.en} (JSON Feed)`]);
    expect(feeds.map((link) => link.getAttribute("hreflang"))).toEqual(["en", "en", "en"]);
    expect(readPage(out, "404.html").querySelector("h1")?.textContent).toBe("Page not found");
  });
});

// The archive site (test/shared-sites.ts): English and Chinese briefings, two to an archive page.
describe("a site with an English and a Chinese briefing", () => {
  const out = sharedSite("archive");

  it("sets each briefing's pages in its language, with the site's name in that language", () => {
    const english = readPage(out, "trade-note/index.html");
    const chinese = readPage(out, `${CHINESE_SLUG}/index.html`);
    expect(english.documentElement.getAttribute("lang")).toBe("en");
    expect(chinese.documentElement.getAttribute("lang")).toBe("zh-CN");
    expect(english.querySelector(".site-header__name")?.textContent).toBe(site.title.en);
    expect(chinese.querySelector(".site-header__name")?.textContent).toBe(site.title["zh-CN"]);
  });

  it("keeps Chinese on English pages inside elements marked Chinese, such as links to the other briefing", () => {
    const pages = filesUnder(out).filter((f) => f.endsWith(".html") && readPage(out, f).documentElement.getAttribute("lang") === "en");
    // The English briefing's pages and the English section's site-wide pages (/en/); the root's
    // archive is in the site's language (Chinese here).
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(pages).toEqual(expect.arrayContaining(["en/index.html", "en/search/index.html", "en/404.html", "en/tags/index.html"]));
    // A Chinese tag's address is Chinese, readably, and so are its page's title and head (which
    // cannot carry a lang of their own): links are left out, and so are the English pages of Chinese tags.
    const shown = (file: string) => readFileSync(path.join(out, file), "utf8").replace(/ href="[^"]*"/g, "");
    const checked = pages.filter((file) => !/^en\/tags\/[^/]*\p{Script=Han}/u.test(file));
    expect(checked.length).toBeLessThan(pages.length);
    expect(checked.flatMap((file) => hanOutsideChinese(file, shown(file)))).toEqual([]);
    const home = readPage(out, "index.html");
    // The archive marks an entry's language where it differs from the home page's.
    const pageLanguage = home.documentElement.getAttribute("lang");
    const entries = [...home.querySelectorAll(".archive-entry__title")].map((title) => title.getAttribute("lang") ?? pageLanguage);
    expect(entries.sort()).toEqual(["en", "zh-CN"]);
  });

  it("writes the feeds in the site's language, each entry marked with its own", () => {
    const channel = xml.parse(readFileSync(path.join(out, "feed.xml"), "utf8")).rss.channel;
    expect(channel.language).toBe(site.language);
    const languages = new Set((channel.item as Array<Record<string, string>>).map((item) => item["dc:language"]));
    expect([...languages].sort()).toEqual(["en", "zh-CN"]);
    const entries = xml.parse(readFileSync(path.join(out, "atom.xml"), "utf8")).feed.entry as Array<Record<string, string>>;
    expect(new Set(entries.map((entry) => entry["@xml:lang"]))).toEqual(new Set(["en", "zh-CN"]));
  });
});

describe("a briefing in a language without interface words", () => {
  it("stops the build, naming the one labels file to add, and publishes nothing", async () => {
    const work = tempDir();
    const briefings = briefingsFolder({ chinese: false });
    const yaml = path.join(briefings, "trade-note", "briefing.yaml");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace(/^language: en$/m, "language: it-CH"));
    const out = path.join(work, "output");
    const error = await buildSite({ project: testProject({ briefingsDir: briefings }), outputDir: out, quiet: true }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([expect.objectContaining({ file: "_data/labels/it.json", message: expect.stringMatching(/"it-CH".*copy _data\/labels\/en\.json/) })]);
    expect(existsSync(out)).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });
});
