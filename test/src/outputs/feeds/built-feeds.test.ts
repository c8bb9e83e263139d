import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../../src/tools/build/build-site.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import type { RenderedBriefing as Briefing } from "../../../../src/render/briefing/rendered-briefing.ts";
import { brokenSiteUrl, readXmlFeed, text, urlsInHtml, type XmlNode } from "../../../helpers/feeds.ts";
import { browsedPages, fileForUrl, readPage } from "../../../helpers/site.ts";
import { CHINESE_BRIEFINGS, tempDir } from "../../../helpers/fixtures.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";
import { renderedBriefings, testProject } from "../../../helpers/project.ts";

const FEEDS = ["feed.xml", "atom.xml", "feed.json", "subscribe/index.html"];

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    summary: string;
    date_published: string;
    date_modified: string;
    tags: string[];
    attachments?: { url: string; mime_type: string; size_in_bytes: number }[];
  }[];
}

/** The parts of the three feeds the checks below compare. */
interface BuiltFeeds {
  rss: { channel: XmlNode; items: XmlNode[] };
  atom: { feed: XmlNode; entries: XmlNode[] };
  json: JsonFeed;
}

function readFeeds(out: string): BuiltFeeds {
  const rss = readXmlFeed(out, "feed.xml").rss as XmlNode;
  const channel = rss.channel as XmlNode;
  const feed = readXmlFeed(out, "atom.xml").feed as XmlNode;
  const json = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8")) as JsonFeed;
  return { rss: { channel: { ...channel, "@version": rss["@version"] }, items: (channel.item as XmlNode[]) ?? [] }, atom: { feed, entries: (feed.entry as XmlNode[]) ?? [] }, json };
}

const links = (node: XmlNode) => (node.link as XmlNode[]) ?? [];
const linkOf = (node: XmlNode, rel: string) => links(node).find((l) => (l["@rel"] ?? "alternate") === rel);

// The Chinese site (test/shared-sites.ts): the Chinese example built by npm run build, PDFs and all.
describe("the built feeds", () => {
  const work = tempDir();
  const out = sharedSite("chinese");
  const again = path.join(work, "again");
  const edited = path.join(work, "edited");
  const siteUrl = readSettings().site.url;
  let briefings: Briefing[];
  let feeds: BuiltFeeds;

  /** Stands in for the PDF printer in a second build: the PDFs the first build printed, where the site publishes them. */
  const printPdfs = async (dir: string, list: Briefing[]) => {
    for (const briefing of list) {
      mkdirSync(path.join(dir, briefing.slug), { recursive: true });
      copyFileSync(path.join(out, briefing.slug, `${briefing.slug}.pdf`), path.join(dir, briefing.slug, `${briefing.slug}.pdf`));
    }
  };

  beforeAll(() => {
    briefings = renderedBriefings(CHINESE_BRIEFINGS);
    feeds = readFeeds(out);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("are well-formed and have what RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1 require", () => {
    const { rss, atom, json } = feeds;
    expect(rss.channel["@version"]).toBe("2.0");
    for (const field of ["title", "link", "description"]) expect(text(rss.channel[field]), field).not.toBe("");
    expect((rss.channel["atom:link"] as XmlNode[])[0]?.["@rel"]).toBe("self");
    for (const item of rss.items) {
      for (const field of ["title", "link", "guid", "pubDate", "description", "content:encoded"]) expect(text(item[field]), field).not.toBe("");
    }

    expect(atom.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(text(atom.feed[field]), field).not.toBe("");
    expect(text((atom.feed.author as XmlNode).name)).not.toBe("");
    expect(linkOf(atom.feed, "self")?.["@href"]).toBe(`${siteUrl}atom.xml`);
    for (const entry of atom.entries) {
      for (const field of ["id", "title", "updated", "published", "summary"]) expect(text(entry[field]), field).not.toBe("");
      expect(linkOf(entry, "alternate")?.["@href"]).toMatch(/^https:/);
      expect((entry.content as XmlNode)["@type"]).toBe("html");
      expect(text(entry.content)).toMatch(/^<p>/);
    }

    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.title).not.toBe("");
    expect(json.feed_url).toBe(`${siteUrl}feed.json`);
    for (const item of json.items) {
      for (const field of ["id", "url", "content_html", "date_published"] as const) expect(item[field], field).toBeTruthy();
    }
  });

  it("carry every briefing and every dated update, the same entries in all three, newest first", () => {
    const expected = briefings.reduce((count, b) => count + 1 + b.updates.length, 0);
    expect(feeds.rss.items).toHaveLength(expected);
    const rssIds = feeds.rss.items.map((item) => text(item.guid));
    expect(feeds.atom.entries.map((entry) => text(entry.id))).toEqual(rssIds);
    expect(feeds.json.items.map((item) => item.id)).toEqual(rssIds);
    expect(new Set(rssIds).size).toBe(rssIds.length);
    const published = feeds.json.items.map((item) => Date.parse(item.date_published));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    for (const briefing of briefings) {
      expect(feeds.json.items.map((i) => i.url)).toContain(`${siteUrl}${briefing.slug}/`);
      for (const update of briefing.updates) expect(feeds.json.items.map((i) => i.title)).toContain(update.title);
    }
  });

  it("give ids that are tag: URIs, not URLs that could change", () => {
    for (const item of feeds.rss.items) {
      expect((item.guid as XmlNode)["@isPermaLink"]).toBe("false");
      expect(text(item.guid)).toMatch(/^tag:briefings\.example\.org,\d{4}-\d{2}-\d{2}:[a-z0-9-]+(\/updates\/[a-z0-9-]+)?$/);
    }
  });

  it("use only absolute URLs, each naming a file (and an element) that exists in the output", () => {
    const urls: string[] = [text(feeds.rss.channel.link), feeds.json.home_page_url, feeds.json.feed_url];
    urls.push(...(feeds.rss.channel["atom:link"] as XmlNode[]).map((l) => String(l["@href"])));
    urls.push(...links(feeds.atom.feed).map((l) => String(l["@href"])));
    for (const item of feeds.rss.items) {
      urls.push(text(item.link), ...urlsInHtml(text(item["content:encoded"])));
      if (item.enclosure) urls.push(String((item.enclosure as XmlNode)["@url"]));
    }
    for (const entry of feeds.atom.entries) urls.push(...links(entry).map((l) => String(l["@href"])), ...urlsInHtml(text(entry.content)));
    for (const item of feeds.json.items) urls.push(item.url, ...urlsInHtml(item.content_html), ...(item.attachments ?? []).map((a) => a.url));

    expect(urls.length).toBeGreaterThan(50);
    const problems = urls.map((url) => brokenSiteUrl(out, siteUrl, url)).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it("date every entry in Beijing time (+0800, +08:00), parseably and never in the future", () => {
    const now = Date.now();
    const rssDates = [text(feeds.rss.channel.lastBuildDate), ...feeds.rss.items.map((item) => text(item.pubDate))];
    const isoDates = [
      text(feeds.atom.feed.updated),
      ...feeds.atom.entries.flatMap((entry) => [text(entry.published), text(entry.updated)]),
      ...feeds.json.items.flatMap((item) => [item.date_published, item.date_modified]),
    ];
    for (const date of rssDates) {
      expect(date).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0800$/);
      expect(Date.parse(date)).toBeLessThanOrEqual(now);
    }
    for (const date of isoDates) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(Date.parse(date)).toBeLessThanOrEqual(now);
    }
    // An update dated only by its day is placed at 00:00 Beijing time.
    const update = briefings[0]!.updates[0]!;
    const item = feeds.json.items.find((i) => i.url.endsWith(`#update-${update.id}`))!;
    expect(item.date_published).toBe(`${update.date}T00:00:00+08:00`);
  });

  it("are dated by their newest entry, not by the build", () => {
    const newest = Math.max(...feeds.json.items.map((i) => Date.parse(i.date_modified)));
    expect(Date.parse(text(feeds.atom.feed.updated))).toBe(newest);
    expect(Date.parse(text(feeds.rss.channel.lastBuildDate))).toBe(newest);
  });

  it("attach each briefing's PDF with its exact size in bytes", () => {
    for (const briefing of briefings) {
      const size = statSync(path.join(out, briefing.slug, `${briefing.slug}.pdf`)).size;
      const pdfUrl = `${siteUrl}${briefing.slug}/${briefing.slug}.pdf`;
      const item = feeds.rss.items.find((i) => text(i.link) === `${siteUrl}${briefing.slug}/`)!;
      expect(item.enclosure).toEqual({ "@url": pdfUrl, "@length": String(size), "@type": "application/pdf" });
      const entry = feeds.atom.entries.find((e) => linkOf(e, "alternate")?.["@href"] === `${siteUrl}${briefing.slug}/`)!;
      expect(linkOf(entry, "enclosure")).toEqual({ "@rel": "enclosure", "@type": "application/pdf", "@length": String(size), "@href": pdfUrl });
      const jsonItem = feeds.json.items.find((i) => i.url === `${siteUrl}${briefing.slug}/`)!;
      expect(jsonItem.attachments).toEqual([{ url: pdfUrl, mime_type: "application/pdf", size_in_bytes: size }]);
    }
    expect(feeds.rss.items.filter((i) => i.enclosure)).toHaveLength(briefings.length);
  });

  it("carry the briefing's full text, its tags as categories and its publisher as author", () => {
    const briefing = briefings[0]!;
    const item = feeds.rss.items.find((i) => text(i.link) === `${siteUrl}${briefing.slug}/`)!;
    const html = text(item["content:encoded"]);
    for (const section of briefing.sections) expect(html).toContain(section.title);
    expect((item.category as string[]).map(text)).toEqual(briefing.tags);
    expect(text(item["dc:creator"])).toBe(briefing.publisher);
    // RSS readers render the description as HTML: it holds the summary as escaped HTML text.
    expect(parseHTML(`<p>${text(item.description)}</p>`).document.querySelector("p")!.textContent).toBe(briefing.summary);
  });

  it("draw charts that read without the site's CSS: bars filled, derived bars dashed, axes stroked", () => {
    const charts = feeds.json.items.flatMap((item) => [...parseHTML(`<body>${item.content_html}</body>`).document.querySelectorAll("svg.chart__svg")]);
    expect(charts).toHaveLength(briefings.reduce((count, briefing) => count + briefing.charts.length, 0));
    const rects = charts.flatMap((svg) => [...svg.querySelectorAll("rect")]);
    const derived = rects.filter((rect) => rect.classList.contains("chart__bar--derived"));
    const lines = charts.flatMap((svg) => [...svg.querySelectorAll("line")]);
    expect(rects.length).toBeGreaterThan(charts.length);
    expect(derived.length).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThanOrEqual(charts.length * 2);
    expect(rects.filter((rect) => !rect.getAttribute("fill"))).toEqual([]);
    for (const rect of derived) expect(rect.getAttribute("stroke-dasharray")).toMatch(/^\d+(\.\d+)? \d+(\.\d+)?$/);
    // Measured bars are solid: nothing but a derived bar is dashed.
    expect(rects.filter((rect) => rect.hasAttribute("stroke-dasharray"))).toHaveLength(derived.length);
    expect(lines.filter((line) => !line.getAttribute("stroke"))).toEqual([]);
    expect(charts.flatMap((svg) => [...svg.querySelectorAll("text")]).filter((t) => !t.getAttribute("fill"))).toEqual([]);
  });

  it("are announced in the head of every page, for autodiscovery", () => {
    for (const file of browsedPages(out)) {
      const alternates = [...readPage(out, file).querySelectorAll('head link[rel="alternate"]')].map((l) => [l.getAttribute("type"), l.getAttribute("href")]);
      const site = [
        ["application/rss+xml", "/feed.xml"],
        ["application/atom+xml", "/atom.xml"],
        ["application/feed+json", "/feed.json"],
      ];
      // A tag's page also announces the tag's own feeds, beside it.
      const tagPage = /^tags\/[^/]+\/index\.html$/.exec(file);
      const tagFeeds = tagPage ? site.map(([type, href]) => [type, `/${path.dirname(file)}${href}`]) : [];
      expect(alternates, file).toEqual([...site, ...tagFeeds]);
    }
    for (const feed of ["/feed.xml", "/atom.xml", "/feed.json"]) expect(fileForUrl(out, feed)).toBeDefined();
  });

  it("come out byte-identical from a second build of the same content", async () => {
    await buildSite({ project: testProject({ briefingsDir: CHINESE_BRIEFINGS }), outputDir: again, printPdfs, quiet: true });
    for (const file of FEEDS) expect(readFileSync(path.join(again, file), "utf8"), file).toBe(readFileSync(path.join(out, file), "utf8"));
  });

  it("keep every id when a briefing's and an update's titles are edited, and move only the edited entry's updated date", async () => {
    const dir = path.join(work, "briefings");
    cpSync(CHINESE_BRIEFINGS, dir, { recursive: true });
    const briefing = briefings[0]!;
    const yamlFile = path.join(dir, briefing.slug, "briefing.yaml");
    const yaml = readFileSync(yamlFile, "utf8");
    const update = briefing.updates[0]!;
    writeFileSync(
      yamlFile,
      yaml
        .replace(/^title: .*$/m, "title: 改过的标题")
        .replace(/^date: (.*)$/m, "date: $1\nupdated: 2024-04-01T09:00:00+08:00")
        .replace(`title: ${update.title}`, "title: 改过的动态标题"),
    );
    await buildSite({ project: testProject({ briefingsDir: dir }), outputDir: edited, quiet: true });
    const after = readFeeds(edited).json.items;
    const idsByUrl = (items: JsonFeed["items"]) => Object.fromEntries(items.map((i) => [i.url, i.id]));
    expect(idsByUrl(after)).toEqual(idsByUrl(feeds.json.items));

    const entry = after.find((i) => i.url === `${siteUrl}${briefing.slug}/`)!;
    expect(entry.title).toBe("改过的标题");
    expect(entry.date_modified).toBe("2024-04-01T09:00:00+08:00");
    expect(entry.date_published).toBe(feeds.json.items.find((i) => i.id === entry.id)!.date_published);
    expect(after.find((i) => i.url.endsWith(`#update-${update.id}`))?.title).toBe("改过的动态标题");
  });
});
