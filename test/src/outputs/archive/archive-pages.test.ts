import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tagSlug } from "../../../../src/content/paths/tag-paths.ts";
import { archivePages, publicationYear } from "../../../../src/outputs/archive/archive-pages.ts";
import type { Briefing } from "../../../../src/content/briefing.ts";
import { CHINESE_SLUG } from "../../../helpers/fixtures.ts";
import { MULTI_BRIEFINGS } from "../../../helpers/multi-briefings.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";
import { fileForUrl, readPage } from "../../../helpers/site.ts";
import { readXmlFeed, text, type XmlNode } from "../../../helpers/feeds.ts";

/** The briefings an archive or tag page lists, in order, by the folder each links to. */
function listedSlugs(document: Document): string[] {
  return [...document.querySelectorAll(".archive-entry__title a")].map((a) => (a.getAttribute("href") ?? "").replace(/^\/|\/$/g, ""));
}

/** Each year heading on a page with the briefings under it. */
function yearsOn(document: Document): [string, string[]][] {
  return [...document.querySelectorAll(".archive-year")].map((section) => [
    section.querySelector(".archive-year__title")?.textContent ?? "",
    [...section.querySelectorAll(".archive-entry__title a")].map((a) => (a.getAttribute("href") ?? "").replace(/^\/|\/$/g, "")),
  ]);
}

describe("archivePages", () => {
  const briefing = (slug: string, date: string, timeZone = "UTC") => ({ slug, date, timeZone }) as Briefing;

  it("files a briefing under the year of its own time zone, not the build machine's", () => {
    expect(publicationYear(briefing("a", "2023-12-31T20:00:00-08:00", "Asia/Shanghai"))).toBe("2024");
    expect(publicationYear(briefing("a", "2024-01-01T02:00:00+08:00", "America/Los_Angeles"))).toBe("2023");
  });

  it("orders by instant, breaks ties by folder name, and always has a first page", () => {
    const pages = archivePages([briefing("b", "2024-01-01T00:00:00Z"), briefing("c", "2024-01-01T08:00:00+08:00"), briefing("a", "2024-01-01T00:00:00Z")], 2);
    expect(pages.map((page) => page.years.flatMap((year) => year.briefings.map((b) => b.slug)))).toEqual([["a", "b"], ["c"]]);
    expect(pages.map((page) => [page.url, page.previousUrl, page.nextUrl])).toEqual([
      ["/", undefined, "/page/2/"],
      ["/page/2/", "/", undefined],
    ]);
    expect(archivePages([], 20)).toEqual([{ number: 1, total: 1, url: "/", years: [], previousUrl: undefined, nextUrl: undefined }]);
  });
});

// The archive site (test/shared-sites.ts): MULTI_BRIEFINGS, two to a page, built once for the run.
describe("the archive of a site with several briefings, in Chinese and English, over four years", () => {
  const out = sharedSite("archive");

  it("lists every briefing once, newest first, two to a page, on / and /page/2/", () => {
    const first = readPage(out, "index.html");
    const second = readPage(out, "page/2/index.html");
    expect(listedSlugs(first)).toEqual(["trade-note", CHINESE_SLUG]);
    expect(listedSlugs(second)).toEqual(["foreign-trade-2022", "customs-note-2021"]);
    expect(fileForUrl(out, "/page/3/")).toBeUndefined();
    expect(fileForUrl(out, "/page/1/")).toBeUndefined();
  });

  it("groups each page's briefings under their year, in the site's language", () => {
    // Both briefings of the first page came out in 2024: one heading over the two of them.
    expect(yearsOn(readPage(out, "index.html"))).toEqual([["2024年", ["trade-note", CHINESE_SLUG]]]);
    expect(yearsOn(readPage(out, "page/2/index.html"))).toEqual([
      ["2022年", ["foreign-trade-2022"]],
      ["2021年", ["customs-note-2021"]],
    ]);
  });

  it("links the pages to each other with rel=prev and rel=next, in the page and in its head", () => {
    const first = readPage(out, "index.html");
    const second = readPage(out, "page/2/index.html");
    const rels = (document: Document, selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => `${el.getAttribute("rel")} ${el.getAttribute("href")}`);
    expect(rels(first, "link[rel=prev], link[rel=next]")).toEqual(["next /page/2/"]);
    expect(rels(first, ".archive-pager a")).toEqual(["next /page/2/"]);
    expect(rels(second, "link[rel=prev], link[rel=next]")).toEqual(["prev /"]);
    expect(rels(second, ".archive-pager a")).toEqual(["prev /"]);
  });

  it("marks the language of each English briefing on the Chinese home page, and only those", () => {
    const first = readPage(out, "index.html");
    expect(first.documentElement.getAttribute("lang")).toBe("zh-CN");
    const entries = [...first.querySelectorAll(".archive-entry")];
    const english = entries[0];
    const chinese = entries[1];
    expect(english?.querySelector(".archive-entry__title")?.getAttribute("lang")).toBe("en");
    expect(english?.querySelector(".archive-entry__summary")?.getAttribute("lang")).toBe("en");
    expect(english?.querySelector(".archive-entry__language")?.textContent).toBe("语言：英语");
    expect(chinese?.querySelectorAll("[lang]").length).toBe(0);
  });

  it("shows each briefing's headline figures, at most four, with a link to all of them", () => {
    const first = readPage(out, "index.html");
    const [english, chinese] = [...first.querySelectorAll(".archive-entry")];
    expect([...(english?.querySelectorAll(".archive-figures__label") ?? [])].map((el) => el.textContent)).toEqual(["Containers handled"]);
    expect(english?.querySelector(".archive-figures__value")?.textContent).toBe("nearly 12,000 TEU");
    expect(chinese?.querySelectorAll(".archive-figures__item").length).toBe(4);
    expect(chinese?.querySelector(".archive-entry__more a")?.getAttribute("href")).toBe(`/${CHINESE_SLUG}/figures/`);
  });

  it("keeps each briefing's cover at its own URL", () => {
    for (const { slug } of MULTI_BRIEFINGS) {
      expect(readPage(out, `${slug}/index.html`).querySelector(".cover__title")).not.toBeNull();
    }
  });

  it("gives every tag a page listing exactly the briefings that carry it, newest first", () => {
    const expected = new Map<string, string[]>();
    for (const briefing of MULTI_BRIEFINGS) {
      for (const tag of briefing.tags) expected.set(tagSlug(tag), [...(expected.get(tagSlug(tag)) ?? []), briefing.slug]);
    }
    expect(expected.get("trade")).toEqual(["trade-note", "foreign-trade-2022", "customs-note-2021"]);
    for (const [slug, slugs] of expected) {
      const file = fileForUrl(out, `/tags/${encodeURIComponent(slug)}/`);
      expect(file, `page for tag ${slug}`).toBeDefined();
      expect(listedSlugs(readPage(out, file ?? "")), slug).toEqual(slugs);
    }
    const index = readPage(out, "tags/index.html");
    expect(index.querySelectorAll(".tag-list a").length).toBe(expected.size);
  });

  it("links each briefing's tags to their pages", () => {
    const english = readPage(out, "page/2/index.html").querySelectorAll(".archive-entry")[1];
    expect([...(english?.querySelectorAll(".tag-link") ?? [])].map((a) => a.getAttribute("href"))).toEqual(["/tags/customs-excise/", "/tags/trade/"]);
  });

  it("gives each tag RSS, Atom and JSON feeds with exactly its briefings and their updates", () => {
    // trade-note carries one dated update; the copies have none.
    const expectedIds = [
      "tag:briefings.example.org,2024-05-02:trade-note/updates/2024-05-10",
      "tag:briefings.example.org,2024-05-02:trade-note",
      "tag:briefings.example.org,2022-11-15:foreign-trade-2022",
      "tag:briefings.example.org,2021-03-01:customs-note-2021",
    ];
    const rss = readXmlFeed(out, "tags/trade/feed.xml");
    const channel = (rss.rss as XmlNode).channel as XmlNode;
    expect((channel.item as XmlNode[]).map((item) => text(item.guid))).toEqual(expectedIds);
    // The tag is named as the newest briefing writes it.
    expect(text(channel.title)).toBe("国际交往简报 · trade");
    expect(text(channel.link)).toBe("https://briefings.example.org/tags/trade/");

    const atom = readXmlFeed(out, "tags/trade/atom.xml");
    expect(((atom.feed as XmlNode).entry as XmlNode[]).map((entry) => text(entry.id))).toEqual(expectedIds);

    const json = JSON.parse(readFileSync(path.join(out, "tags/trade/feed.json"), "utf8")) as { items: { id: string }[]; feed_url: string };
    expect(json.items.map((item) => item.id)).toEqual(expectedIds);
    expect(json.feed_url).toBe("https://briefings.example.org/tags/trade/feed.json");
  });

  it("announces a tag's feeds on its page and links them for people", () => {
    const page = readPage(out, "tags/trade/index.html");
    expect([...page.querySelectorAll("link[rel=alternate]")].map((l) => l.getAttribute("href"))).toEqual([
      "/feed.xml",
      "/atom.xml",
      "/feed.json",
      "/tags/trade/feed.xml",
      "/tags/trade/atom.xml",
      "/tags/trade/feed.json",
    ]);
    expect([...page.querySelectorAll(".archive__feeds a")].map((a) => a.getAttribute("href"))).toEqual(["/tags/trade/feed.xml", "/tags/trade/atom.xml", "/tags/trade/feed.json"]);
  });

  it("writes a Chinese tag's feeds under its Chinese slug with the tagged briefings only", () => {
    const rss = readXmlFeed(out, "tags/一带一路/feed.xml");
    const items = ((rss.rss as XmlNode).channel as XmlNode).item as XmlNode[];
    const links = items.map((item) => text(item.link));
    expect(links.every((link) => new RegExp(`/(${CHINESE_SLUG}|foreign-trade-2022)/`).test(link))).toBe(true);
    expect(new Set(links.map((link) => link.split("/")[3]))).toEqual(new Set([CHINESE_SLUG, "foreign-trade-2022"]));
  });

  it("keeps the site's own feed for every briefing", () => {
    const rss = readXmlFeed(out, "feed.xml");
    const items = ((rss.rss as XmlNode).channel as XmlNode).item as XmlNode[];
    const briefingEntries = items.map((item) => text(item.guid)).filter((id) => !id.includes("/updates/"));
    expect(briefingEntries.length).toBe(MULTI_BRIEFINGS.length);
  });
});
