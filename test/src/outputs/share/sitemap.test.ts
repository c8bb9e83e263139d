import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { sitemapEntries, sitemapXml } from "../../../../src/outputs/share/sitemap.ts";

const page = (path: string, head: string) => ({ outputPath: `/out${path}index.html`, content: `<html><head><link rel="canonical" href="https://example.org${path}">${head}</head><body></body></html>` });
const alternates = '<link rel="alternate" hreflang="zh-CN" href="https://example.org/b/"><link rel="alternate" hreflang="en" href="https://example.org/b/en/"><link rel="alternate" hreflang="x-default" href="https://example.org/b/">';

describe("sitemap", () => {
  it("lists each edition's page with every edition as an xhtml:link alternate, and no feed as one", () => {
    const feed = '<link rel="alternate" type="application/rss+xml" href="/feed.xml" hreflang="zh-CN" title="Feed (RSS)">';
    const entries = sitemapEntries([page("/b/", alternates + feed), page("/b/en/", alternates + feed), page("/", feed)]);
    expect(entries.map((entry) => [entry.loc, entry.alternates?.map((a) => a.hreflang)])).toEqual([
      ["https://example.org/", undefined],
      ["https://example.org/b/", ["zh-CN", "en", "x-default"]],
      ["https://example.org/b/en/", ["zh-CN", "en", "x-default"]],
    ]);
    const xml = sitemapXml(entries);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["url", "xhtml:link"].includes(name) }).parse(xml);
    expect(parsed.urlset["@xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    expect(parsed.urlset.url[2]["xhtml:link"].map((link: Record<string, string>) => [link["@hreflang"], link["@href"]])).toEqual([
      ["zh-CN", "https://example.org/b/"],
      ["en", "https://example.org/b/en/"],
      ["x-default", "https://example.org/b/"],
    ]);
  });

  it("keeps a site in one language's sitemap free of the xhtml namespace", () => {
    expect(sitemapXml(sitemapEntries([page("/", "")]))).not.toContain("xhtml");
  });
});
