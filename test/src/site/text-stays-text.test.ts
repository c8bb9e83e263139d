import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parseHTML } from "linkedom";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { readXmlFeed, text, type XmlNode } from "../../helpers/feeds.ts";
import { listFiles } from "../../helpers/site.ts";
import { sharedSite } from "../../helpers/shared-site.ts";

/**
 * The hostile fixture (test/fixtures/hostile) writes `<script>`, `]]>`, `&amp;`, quotes and
 * `<img src=x onerror=…>` in every text field and in prose. Each must reach every page, feed and
 * data file as the text it is: shown, never run.
 */
const SLUG = "markup-in-every-field";

/** Parses XML strictly (saxes: well-formedness and XML 1.0's characters); throws on the first error. */
function parseStrictXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** Markup a reader's browser would run: elements the site never writes, and event attributes. */
function executableMarkup(html: string, allowScript: (script: Element) => boolean = () => false): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.getAttributeNames()) if (/^on/i.test(attribute)) found.push(`<${element.localName} ${attribute}>`);
    if (element.localName === "script" && !allowScript(element)) found.push(element.outerHTML.slice(0, 80));
    if (element.localName === "img" && element.getAttribute("src") === "x") found.push("<img src=x>");
    if (["iframe", "object", "embed", "b"].includes(element.localName)) found.push(`<${element.localName}>`);
  }
  return found;
}

/** The site's own scripts: its search module, and JSON-LD data that parses and cannot end its element. */
function siteScript(script: Element): boolean {
  const src = script.getAttribute("src");
  if (src) return src.startsWith("/assets/js/") || src.startsWith("/pagefind/");
  if (script.getAttribute("type") !== "application/ld+json") return false;
  JSON.parse(script.textContent ?? "");
  return !/<\/?script/i.test(script.textContent ?? "");
}

describe("text stays text (the hostile fixture: markup in every field)", () => {
  const root = sharedSite("hostile");
  const files = listFiles(root);
  const feeds = files.filter((file) => /(^|\/)(feed|atom)\.xml$/.test(file));

  it("builds a site feed and a feed per tag, in RSS and Atom", () => {
    expect(feeds.length).toBeGreaterThanOrEqual(2 + 3 * 2);
  });

  it("every XML file (feeds, tag feeds, sitemap, feed stylesheet) parses with a strict XML parser", () => {
    const xmlFiles = files.filter((file) => /\.(xml|xsl|svg)$/.test(file));
    expect(xmlFiles.length).toBeGreaterThan(feeds.length);
    for (const file of xmlFiles) expect(() => parseStrictXml(readFileSync(path.join(root, file), "utf8")), file).not.toThrow();
  });

  it("RSS descriptions hold the text escaped as HTML, so readers show <script> instead of running it", () => {
    const rss = readXmlFeed(root, "feed.xml") as { rss: { channel: { item: XmlNode[] } } };
    const briefing = rss.rss.channel.item.find((item) => text(item.link).endsWith(`/${SLUG}/`))!;
    const description = text(briefing.description);
    expect(executableMarkup(description)).toEqual([]);
    // What a reader shows: the summary as written, markup, entity and all.
    const shown = parseHTML(`<p>${description}</p>`).document.querySelector("p")!.textContent;
    expect(shown).toBe('Summary <script>alert(4)</script> ]]> &amp; "q" <img src=x onerror=alert(5)> <b onmouseover=alert(6)>bold</b>');
  });

  it("no feed entry carries markup a reader would run, in RSS, Atom or JSON Feed", () => {
    for (const file of feeds) {
      const xml = readFileSync(path.join(root, file), "utf8");
      const htmlParts = [...xml.matchAll(/<(description|content:encoded|content type="html")>([\s\S]*?)<\/(description|content:encoded|content)>/g)].map((match) =>
        parseHTML(`<t>${match[2]}</t>`).document.querySelector("t")!.textContent ?? "",
      );
      expect(htmlParts.length, file).toBeGreaterThan(0);
      for (const html of htmlParts) expect(executableMarkup(html), file).toEqual([]);
    }
    for (const file of files.filter((f) => f.endsWith("feed.json"))) {
      const feed = JSON.parse(readFileSync(path.join(root, file), "utf8")) as { items: { content_html: string; title: string }[] };
      for (const item of feed.items) expect(executableMarkup(item.content_html), file).toEqual([]);
      expect(feed.items.some((item) => item.title.includes("<script>alert(")), `${file} keeps the title as text`).toBe(true);
    }
  });

  it("no page carries a script the site did not write, or an event attribute", () => {
    const pages = files.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) expect(executableMarkup(readFileSync(path.join(root, page), "utf8"), siteScript), page).toEqual([]);
  });

  it("pages show the markup as text, where it was written", () => {
    const { document } = parseHTML(readFileSync(path.join(root, SLUG, "index.html"), "utf8"));
    expect(document.querySelector("h1")!.textContent).toContain("<script>alert(1)</script> ]]> &amp;");
    expect(document.title).toContain("<script>alert(2)</script>");
  });

  it("names tag pages from the tags' words, never from markup", () => {
    const tags = readdirSync(path.join(root, "tags")).filter((name) => !name.includes("."));
    expect(tags.sort()).toEqual(["alert-1", "ports-harbours", "quoted"]);
    expect(existsSync(path.join(root, "tags/script-alert-1-script"))).toBe(false);
  });

  it("figures.csv and figures.json hold each text as written, one cell each", () => {
    const rows = parseCsv(readFileSync(path.join(root, SLUG, "figures.csv"), "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => Object.values(row)).flat()).toContain("Throughput <script>alert(14)</script> ]]> &amp;");
    const json = readFileSync(path.join(root, SLUG, "figures.json"), "utf8");
    expect(JSON.stringify(JSON.parse(json))).toContain("Throughput <script>alert(14)</script> ]]> &amp;");
  });
});
