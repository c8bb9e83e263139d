import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInterfaceWords } from "../../../src/content/interface-words.ts";
import { foreignInterfaceWords } from "../../helpers/foreign-words.ts";
import { readXmlFeed, text, type XmlNode } from "../../helpers/feeds.ts";
import { sharedSite } from "../../helpers/shared-site.ts";
import { fileForUrl, listFiles, readPage } from "../../helpers/site.ts";

const SITE = "https://example.org";
/** Chinese characters and Arabic letters: neither belongs in the English section's topics. */
const HAN_OR_ARABIC = /[\p{Script=Han}\p{Script=Arabic}]/gu;
const SLUG = "goods-trade-2023";
/** Every page each edition of the fixture has, relative to the edition's cover. */
const PAGES = ["", "full-year/", "partners/", "figures/", "updates/", "about/"];
const EDITIONS = [
  { language: "zh-CN", url: `/${SLUG}/`, section: "/" },
  { language: "en", url: `/${SLUG}/en/`, section: "/en/" },
];

function fileOf(out: string, url: string): string {
  const file = fileForUrl(out, url);
  if (!file) throw new Error(`no page is published at ${url}`);
  return file;
}

/** A page's hreflang alternates, language → address. */
function alternatesOf(page: Document): Record<string, string> {
  return Object.fromEntries([...page.querySelectorAll('head link[rel="alternate"][hreflang]:not([type])')].map((link) => [link.getAttribute("hreflang")!, link.getAttribute("href")!]));
}

// The editions site (test/shared-sites.ts): China's goods trade in 2023, in Chinese (sections/)
// and English (sections/en/), at https://example.org/.
describe("a briefing's editions in other languages", () => {
  const out = sharedSite("editions");
  const labels = readInterfaceWords();

  it("publishes every page of the briefing in each edition, in the edition's language, led to its language section", () => {
    for (const edition of EDITIONS) {
      for (const relative of PAGES) {
        const file = fileOf(out, `${edition.url}${relative}`);
        const page = readPage(out, file);
        expect(page.documentElement.getAttribute("lang"), file).toBe(edition.language);
        expect(page.querySelector(".site-header__logo")?.getAttribute("href"), file).toBe(edition.section);
        expect(page.querySelector("form.site-search")?.getAttribute("action"), file).toBe(`${edition.section}search/`);
        expect(foreignInterfaceWords(page, labels), file).toEqual([]);
      }
    }
    expect(listFiles(out)).toEqual(expect.arrayContaining(["en/index.html", "en/search/index.html", `${SLUG}/en/figures.csv`]));
  });

  it("loads only stylesheets the site has on every edition's pages, and prints each edition's address in its margins", () => {
    for (const edition of EDITIONS) {
      for (const relative of PAGES) {
        const file = fileOf(out, `${edition.url}${relative}`);
        const hrefs = [...readPage(out, file).querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute("href") ?? "");
        expect(hrefs.length, file).toBeGreaterThan(0);
        expect(hrefs.filter((href) => fileForUrl(out, href) === undefined), file).toEqual([]);
      }
      const webPrint = readFileSync(path.join(out, fileOf(out, `${edition.url}web-print.css`)), "utf8");
      expect(webPrint).toContain(`"${SITE}${edition.url}"`);
    }
  });

  it("gives the same figure the same value in both editions, in each one's words", () => {
    const zh = readPage(out, fileOf(out, `/${SLUG}/full-year/`)).body.textContent!;
    const en = readPage(out, fileOf(out, `/${SLUG}/en/full-year/`)).body.textContent!;
    expect(zh).toContain("41.76万亿元");
    expect(en).toMatch(/41\.76\s+trillion yuan/);
    expect(en).not.toContain("万亿元");
  });

  it("offers on every page a switcher to the same page in the other language, which links back", () => {
    for (const edition of EDITIONS) {
      const other = EDITIONS.find((e) => e !== edition)!;
      for (const relative of PAGES) {
        const page = readPage(out, fileOf(out, `${edition.url}${relative}`));
        const switcher = page.querySelector("nav.edition-switcher");
        expect(switcher, `${edition.url}${relative}`).not.toBeNull();
        expect(switcher!.querySelector('[aria-current="page"]')?.getAttribute("lang")).toBe(edition.language);
        const links = [...switcher!.querySelectorAll("a")];
        expect(links.map((a) => [a.getAttribute("href"), a.getAttribute("hreflang"), a.getAttribute("lang")])).toEqual([[`${other.url}${relative}`, other.language, other.language]]);
        const landed = readPage(out, fileOf(out, links[0]!.getAttribute("href")!));
        expect(landed.querySelector("nav.edition-switcher a")?.getAttribute("href")).toBe(`${edition.url}${relative}`);
      }
    }
  });

  it("lands the switcher on the same section: the English 'partners' page leads to the Chinese one", () => {
    const english = readPage(out, fileOf(out, `/${SLUG}/en/partners/`));
    expect(english.querySelector("h1")?.textContent).toBe("Trading partners");
    const chinese = readPage(out, fileOf(out, english.querySelector("nav.edition-switcher a")!.getAttribute("href")!));
    expect(chinese.querySelector("h1")?.textContent).toBe("贸易伙伴");
    expect(chinese.querySelector(".section__number")?.textContent).toBe(english.querySelector(".section__number")?.textContent);
  });

  it("announces every edition of a page with absolute, reciprocal hreflang alternates and x-default, and its own canonical", () => {
    for (const edition of EDITIONS) {
      for (const relative of PAGES) {
        const url = `${edition.url}${relative}`;
        const page = readPage(out, fileOf(out, url));
        const alternates = alternatesOf(page);
        expect(alternates, url).toEqual({
          "zh-CN": `${SITE}/${SLUG}/${relative}`,
          en: `${SITE}/${SLUG}/en/${relative}`,
          "x-default": `${SITE}/${SLUG}/${relative}`,
        });
        expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}${url}`);
        for (const [language, href] of Object.entries(alternates)) {
          const target = readPage(out, fileOf(out, new URL(href).pathname));
          expect(alternatesOf(target), `${href} (${language}) links back to ${url}`).toEqual(alternates);
        }
      }
    }
  });

  it("lists the briefing once in each language section's archive and feeds, in that section's language, naming its other edition, each edition with its own entry id", () => {
    const itemsOf = (file: string) => (((readXmlFeed(out, file).rss as XmlNode).channel as XmlNode).item as XmlNode[]).filter((item) => new URL(text(item.link)).pathname.startsWith(`/${SLUG}/`));
    const [chinese, ...moreChinese] = itemsOf("feed.xml");
    const [english, ...more] = itemsOf("en/feed.xml");
    expect([...more, ...moreChinese]).toEqual([]);
    expect([text(chinese!.title), text(chinese!.link)]).toEqual(["2023年货物贸易：中英文两个版本", `${SITE}/${SLUG}/`]);
    // The feed parser leaves numeric character references as written.
    expect([text(english!.title).replace(/&#39;/g, "'"), text(english!.link)]).toEqual(["China's goods trade in 2023: two editions", `${SITE}/${SLUG}/en/`]);
    expect(text(english!.guid)).toMatch(new RegExp(`:${SLUG}/en$`));
    expect(text(chinese!.guid)).toMatch(new RegExp(`:${SLUG}$`));
    const json = JSON.parse(readFileSync(path.join(out, "en/feed.json"), "utf8"));
    const jsonItems = (json.items as { url: string; language?: string }[]).filter((item) => item.url.startsWith(`${SITE}/${SLUG}/`));
    expect(jsonItems.map((item) => [item.url, item.language ?? json.language])).toEqual([[`${SITE}/${SLUG}/en/`, "en"]]);
    // The site's other briefing has its own entries; only this briefing's are read here.
    const entryOf = (file: string) => readPage(out, file).getElementById(`entry-${SLUG}`)!.closest(".archive-entry")!;
    const entryLinks = (file: string) => [...readPage(out, file).querySelectorAll(".archive-entry__title a")].filter((a) => a.getAttribute("href")!.startsWith(`/${SLUG}/`)).map((a) => [a.getAttribute("href"), a.textContent]);
    expect(entryLinks("en/index.html")).toEqual([[`/${SLUG}/en/`, "China's goods trade in 2023: two editions"]]);
    expect(entryLinks("index.html")).toEqual([[`/${SLUG}/`, "2023年货物贸易：中英文两个版本"]]);
    const otherEditions = (file: string) => [...entryOf(file).querySelectorAll(".archive-entry__editions a")].map((a) => [a.getAttribute("href"), a.getAttribute("lang"), a.textContent]);
    expect(otherEditions("en/index.html")).toEqual([[`/${SLUG}/`, "zh-CN", "中文（中国）"]]);
    expect(otherEditions("index.html")).toEqual([[`/${SLUG}/en/`, "en", "English"]]);
  });

  it("gives the English edition English topics on its cover, its section's topic pages and their feeds, with no Chinese in them", () => {
    const english = ["Foreign trade", "Customs statistics", "Belt and Road"];
    const kicker = (url: string) => readPage(out, fileOf(out, url)).querySelector(".cover__kicker");
    expect([kicker(`/${SLUG}/en/`)?.textContent, kicker(`/${SLUG}/en/`)?.closest("[lang]")?.getAttribute("lang")]).toEqual([english.join(" · "), "en"]);
    expect(kicker(`/${SLUG}/`)?.textContent).toBe("对外贸易 · 海关统计 · 一带一路");
    const entryTags = [...readPage(out, "en/index.html").getElementById(`entry-${SLUG}`)!.closest(".archive-entry")!.querySelectorAll(".tag-link")];
    expect(entryTags.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("lang")])).toEqual(english.map((tag) => [tag, `/en/tags/${tag.toLowerCase().replace(/ /g, "-")}/`, null]));
    const topicPages = listFiles(out).filter((file) => /^en\/tags\/[^/]+\/index\.html$/.test(file));
    for (const tag of english) expect(topicPages).toContain(`en/tags/${tag.toLowerCase().replace(/ /g, "-")}/index.html`);
    for (const file of listFiles(out).filter((name) => name.startsWith("en/tags/"))) {
      const content = readFileSync(path.join(out, file), "utf8");
      if (file.endsWith(".html")) {
        // Only what says it is in another language may be (the other editions' names, "中文（中国）").
        const body = readPage(out, file).body.cloneNode(true) as HTMLElement;
        for (const foreign of body.querySelectorAll('[lang]:not([lang="en"])')) foreign.remove();
        expect(body.textContent!.match(HAN_OR_ARABIC) ?? [], file).toEqual([]);
      } else expect(content.match(HAN_OR_ARABIC) ?? [], file).toEqual([]);
    }
    const items = (((readXmlFeed(out, "en/tags/foreign-trade/feed.xml").rss as XmlNode).channel as XmlNode).item as XmlNode[]);
    expect(items.map((item) => (item.category as XmlNode[]).map(text))).toEqual([english]);
    const json = JSON.parse(readFileSync(path.join(out, "en/tags/foreign-trade/feed.json"), "utf8")) as { title: string; items: { tags: string[] }[] };
    expect([json.title.endsWith(" · Foreign trade"), json.items.map((item) => item.tags)]).toEqual([true, [english]]);
    // Its citations and JSON-LD name the same English topics.
    expect(readFileSync(path.join(out, SLUG, "en/cite.bib"), "utf8")).toContain(`keywords    = {${english.join(", ")}}`);
    expect((JSON.parse(readFileSync(path.join(out, SLUG, "en/cite.json"), "utf8")) as { keyword?: string }[])[0]?.keyword).toBe(english.join(", "));
    const ld = [...readPage(out, fileOf(out, `/${SLUG}/en/`)).querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent!).join("");
    expect(ld.match(HAN_OR_ARABIC) ?? []).toEqual([]);
    // The Chinese section keeps the Chinese topics, each page under its own name.
    expect(listFiles(out)).toEqual(expect.arrayContaining(["tags/对外贸易/index.html", "tags/对外贸易/feed.xml"]));
  });

  it("lists both editions of every page in the sitemap, each with both as alternates", () => {
    const xml = readFileSync(path.join(out, "sitemap.xml"), "utf8");
    for (const relative of PAGES) {
      for (const edition of EDITIONS) {
        const entry = new RegExp(`<url>\\s*<loc>${SITE}${edition.url}${relative}</loc>[\\s\\S]*?</url>`).exec(xml)?.[0];
        expect(entry, `${edition.url}${relative}`).toBeDefined();
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}/${SLUG}/en/${relative}"/>`);
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${SITE}/${SLUG}/${relative}"/>`);
      }
    }
  });

  it("describes each edition's cover in JSON-LD in its language, as a translation of the briefing or with its translations", () => {
    const reportOf = (url: string) => {
      const scripts = [...readPage(out, fileOf(out, url)).querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
      return scripts.flatMap((data) => (Array.isArray(data["@graph"]) ? data["@graph"] : [data])).find((node) => node["@type"] === "Report");
    };
    const chinese = reportOf(`/${SLUG}/`);
    const english = reportOf(`/${SLUG}/en/`);
    expect([chinese.inLanguage, chinese.name, chinese.translationOfWork]).toEqual(["zh-CN", "2023年货物贸易：中英文两个版本", undefined]);
    expect(chinese.workTranslation).toEqual([{ "@type": "Report", "@id": `${SITE}/${SLUG}/en/`, url: `${SITE}/${SLUG}/en/`, inLanguage: "en" }]);
    expect([english.inLanguage, english.name, english.workTranslation, english["@id"]]).toEqual(["en", "China's goods trade in 2023: two editions", undefined, `${SITE}/${SLUG}/en/`]);
    expect(english.translationOfWork).toEqual({ "@type": "Report", "@id": `${SITE}/${SLUG}/`, url: `${SITE}/${SLUG}/`, inLanguage: "zh-CN" });
  });
});

// The same site's other briefing: Dubai International's passengers in 2023, in Arabic (sections/,
// right to left), English (sections/en/) and French (sections/fr/).
describe("a briefing in three editions, one of them right to left", () => {
  const out = sharedSite("editions");
  const slug = "dxb-passengers-2023-editions";
  const pages = ["", "traffic/", "years/", "figures/", "updates/", "about/"];
  const editions = [
    { language: "ar", url: `/${slug}/`, dir: "rtl" },
    { language: "en", url: `/${slug}/en/`, dir: "ltr" },
    { language: "fr", url: `/${slug}/fr/`, dir: "ltr" },
  ];

  it("links, from the switcher of every page, the same page in each of the two other languages, and each of those links back", () => {
    for (const edition of editions) {
      for (const relative of pages) {
        const url = `${edition.url}${relative}`;
        const page = readPage(out, fileOf(out, url));
        expect([page.documentElement.getAttribute("lang"), page.documentElement.getAttribute("dir")], url).toEqual([edition.language, edition.dir]);
        const switcher = page.querySelector("nav.edition-switcher")!;
        expect(switcher.querySelector('[aria-current="page"]')?.getAttribute("lang"), url).toBe(edition.language);
        const others = editions.filter((other) => other !== edition);
        const links = [...switcher.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.getAttribute("hreflang"), a.getAttribute("lang"), a.getAttribute("dir")]);
        expect(links, url).toEqual(others.map((other) => [`${other.url}${relative}`, other.language, other.language, other.dir]));
        for (const [href] of links) {
          const landed = readPage(out, fileOf(out, href!));
          const back = [...landed.querySelectorAll("nav.edition-switcher a")].map((a) => a.getAttribute("href"));
          expect(back, `${href} links back to ${url}`).toContain(url);
          expect(landed.querySelector(".section__number")?.textContent, href!).toBe(page.querySelector(".section__number")?.textContent);
        }
      }
    }
  });

  it("announces the three editions of every page as absolute, reciprocal hreflang alternates, x-default the Arabic", () => {
    for (const edition of editions) {
      for (const relative of pages) {
        const url = `${edition.url}${relative}`;
        const alternates = alternatesOf(readPage(out, fileOf(out, url)));
        expect(alternates, url).toEqual({
          ar: `${SITE}/${slug}/${relative}`,
          en: `${SITE}/${slug}/en/${relative}`,
          fr: `${SITE}/${slug}/fr/${relative}`,
          "x-default": `${SITE}/${slug}/${relative}`,
        });
        for (const href of Object.values(alternates)) {
          expect(alternatesOf(readPage(out, fileOf(out, new URL(href).pathname))), `${href} links back to ${url}`).toEqual(alternates);
        }
      }
    }
  });

  it("writes the one figure in each edition's words and number style", () => {
    const prose = (url: string) => readPage(out, fileOf(out, url)).querySelector(".section.prose")!.textContent!;
    expect(prose(`/${slug}/en/traffic/`)).toMatch(/87\.0\s+million passengers/);
    expect(prose(`/${slug}/fr/traffic/`)).toMatch(/87,0\s+millions\s+de\s+passagers/);
    expect(prose(`/${slug}/traffic/`)).toContain("مسافر");
  });

  it("says on the cover and updates page of the editions without it that an update was published in English first, and links it there", () => {
    const update = "2024-02-21";
    for (const edition of editions.filter((e) => e.language !== "en")) {
      for (const relative of ["", "updates/"]) {
        const url = `${edition.url}${relative}`;
        const page = readPage(out, fileOf(out, url));
        const notices = [...page.querySelectorAll(".update-elsewhere")];
        expect(notices.length, url).toBe(1);
        const links = [...notices[0]!.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.getAttribute("lang"), a.textContent]);
        expect(links, url).toEqual([[`/${slug}/en/updates/#update-${update}`, "en", "English"]]);
      }
      expect(readPage(out, fileOf(out, `${edition.url}updates/`)).querySelectorAll(".update")).toHaveLength(0);
    }
    const [french, arabic] = [`/${slug}/fr/updates/`, `/${slug}/updates/`].map((url) => readPage(out, fileOf(out, url)).querySelector(".update-elsewhere")!.textContent!);
    expect(french).toMatch(/^Une mise à jour du 21 février 2024 est d’abord publiée dans une autre langue\u00a0: English$/);
    expect(arabic).toContain("بلغة أخرى");
    const english = readPage(out, fileOf(out, `/${slug}/en/updates/`));
    expect(english.querySelector(".update-elsewhere")).toBeNull();
    expect(english.getElementById(`update-${update}`)?.querySelector(".update__title")?.textContent).toContain("Figures checked against reports of the announcement");
  });
});
