import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { printBriefings } from "../../../../src/outputs/pdf/print-briefings.ts";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { pdfKey, pdfUrl, printEditionUrl } from "../../../../src/content/paths/briefing-paths.ts";
import type { Briefing } from "../../../../src/content/briefing.ts";
import { readInterfaceWords, wordOf } from "../../../../src/content/interface-words.ts";
import { labelsFor } from "../../../../src/outputs/eleventy/filters/labels-for.ts";
import { formatBytes } from "../../../../src/render/format/format-bytes.ts";
import { readXmlFeed, text, type XmlNode } from "../../../helpers/feeds.ts";
import { readPdf, type ReadPdf } from "../../../helpers/pdf.ts";
import { connectSharedBrowser, sharedSite } from "../../../helpers/shared-site.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { fileForUrl, readPage } from "../../../helpers/site.ts";

const SITE = "https://example.org";
const HAN = /\p{Script=Han}/u;

/** The /Lang of a PDF's catalog, as a screen reader reads it. */
async function pdfLanguage(file: string): Promise<string> {
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const lang = document.catalog.get(PDFName.of("Lang"));
  return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : "";
}

/** The headings of a print edition, in order: what the PDF's outline must list. */
function printHeadings(out: string, briefing: Briefing): string[] {
  const { document } = parseHTML(readFileSync(path.join(out, printEditionUrl(pdfKey(briefing)), "index.html"), "utf8"));
  return [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => (heading.textContent ?? "").replace(/\s+/g, " ").trim());
}

// The editions site (test/shared-sites.ts): one briefing in Chinese (sections/) and in its other
// languages (sections/<language>/), built with `npm run build` at https://example.org/.
describe("a PDF per edition", () => {
  const out = sharedSite("editions");
  const briefing = loadBriefings(path.resolve("test/fixtures/editions")).find((b) => b.slug === "goods-trade-2023")!;
  const editions = [briefing, ...briefing.editions];
  const english = briefing.editions.find((edition) => edition.language === "en")!;
  const read = new Map<Briefing, ReadPdf>();
  const fileOf = (edition: Briefing) => path.join(out, pdfUrl(pdfKey(edition)));

  beforeAll(async () => {
    for (const edition of editions) read.set(edition, await readPdf(fileOf(edition)));
  });

  it("publishes each edition's PDF beside its pages, under a file name of its own", () => {
    expect(english).toBeDefined();
    expect(pdfUrl(pdfKey(briefing))).toBe(`/${briefing.slug}/${briefing.slug}.pdf`);
    expect(pdfUrl(pdfKey(english))).toBe(`/${briefing.slug}/en/${briefing.slug}-en.pdf`);
    const names = editions.map((edition) => path.basename(fileOf(edition)));
    expect(new Set(names).size).toBe(editions.length);
    for (const edition of editions) expect(statSync(fileOf(edition)).size, edition.url).toBeGreaterThan(10_000);
  });

  it("states each edition's language as /Lang and its title, in that language, as /Title", async () => {
    for (const edition of editions) {
      expect(await pdfLanguage(fileOf(edition)), edition.url).toBe(edition.language);
      expect(read.get(edition)!.info.Title, edition.url).toBe(edition.title);
    }
    expect(english.title).not.toMatch(HAN);
  });

  it("bookmarks each edition's own headings, in its language, starting with its title", () => {
    for (const edition of editions) {
      const outline = read.get(edition)!.outline.map((entry) => entry.title.replace(/\s+/g, " ").trim());
      expect(outline, edition.url).toEqual(printHeadings(out, edition));
      expect(outline[0], edition.url).toBe(edition.title);
      for (const section of edition.sections) expect(outline, edition.url).toContain(section.title);
    }
  });

  it("sets the English PDF in English: its headings and interface words, and no Chinese ones", () => {
    const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", fileOf(english), "-"], { encoding: "utf8" });
    const en = labelsFor(readInterfaceWords(), "en");
    const zh = labelsFor(readInterfaceWords(), "zh-CN");
    for (const heading of [english.title, ...english.sections.map((section) => section.title), wordOf(en, "contents"), wordOf(en, "headlineFigures")]) {
      expect(pdfText.replace(/\s+/g, " ")).toContain(heading);
    }
    for (const key of ["contents", "headlineFigures", "keyFigures", "publisher", "published", "onlineEdition"]) {
      expect(pdfText, key).not.toContain(wordOf(zh, key));
    }
    // Its topics too are English (README, "Languages": topics per language), on the cover.
    expect(pdfText.replace(/\s+/g, " ")).toContain(english.tags.join(" · "));
    expect(pdfText.match(new RegExp(HAN.source, "gu")) ?? []).toEqual([]);
    // The running header is the edition's short title, on every page but the cover.
    const pages = pdfText.split("\f").filter((page) => page.trim() !== "");
    for (const page of pages.slice(1)) expect(page).toContain(english.shortTitle);
  });

  it("links each edition's cover to its own PDF with its exact size, in its words", () => {
    for (const edition of editions) {
      const page = readPage(out, fileForUrl(out, edition.url)!);
      const link = page.querySelector(".pdf-download a");
      expect(link?.getAttribute("href"), edition.url).toBe(pdfUrl(pdfKey(edition)));
      const size = page.querySelector(".pdf-download__size")?.textContent ?? "";
      expect(size, edition.url).toContain(formatBytes(statSync(fileOf(edition)).size, edition.language));
      expect(size, edition.url).toContain(String(read.get(edition)!.pages));
    }
  });

  it("encloses each edition's own PDF in its feed entry and names it in its cover's JSON-LD", () => {
    const enclosure = (feed: string, url: string) => (((readXmlFeed(out, feed).rss as XmlNode).channel as XmlNode).item as XmlNode[]).find((item) => text(item.link) === url)?.enclosure as XmlNode;
    for (const [feed, edition] of [["feed.xml", briefing], ["en/feed.xml", english]] as const) {
      const found = enclosure(feed, `${SITE}${edition.url}`);
      expect(found["@url"], feed).toBe(`${SITE}${pdfUrl(pdfKey(edition))}`);
      expect(Number(found["@length"]), feed).toBe(statSync(fileOf(edition)).size);
    }
    const report = [...readPage(out, fileForUrl(out, english.url)!).querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!))
      .flatMap((data) => (Array.isArray(data["@graph"]) ? data["@graph"] : [data]))
      .find((node) => node["@type"] === "Report");
    expect(report.encoding.contentUrl).toBe(`${SITE}${pdfUrl(pdfKey(english))}`);
    expect(text(report.encoding.contentSize)).toBe(`${statSync(fileOf(english)).size} B`);
  });
});

// Copies of the editions site, printed again with a PDF cache of their own.
describe("the PDF cache, with editions", () => {
  const built = sharedSite("editions");
  const briefing = loadBriefings(path.resolve("test/fixtures/editions")).find((b) => b.slug === "goods-trade-2023")!;
  const keys = [briefing, ...briefing.editions].map(pdfKey);
  const english = pdfKey(briefing.editions.find((edition) => edition.language === "en")!);
  const work = tempDir();
  const cache = path.join(work, "cache");
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Prints every edition into a fresh copy of the site, after `change` edits the copy; says which were printed rather than reused. */
  async function printCopy(name: string, change: (dir: string) => void = () => undefined): Promise<string[]> {
    const dir = path.join(work, name);
    cpSync(built, dir, { recursive: true });
    change(dir);
    const launch = (): Promise<Browser> => connectSharedBrowser();
    const printed = await printBriefings(dir, keys, { siteUrl: "https://example.org/", log: false, launch, cache: { dir: cache } });
    return printed.filter((file) => !file.reused).map((file) => file.key);
  }

  it("keeps one entry per edition, so changing one edition prints that edition's PDF alone", async () => {
    expect(await printCopy("cold")).toEqual(keys);
    for (const key of keys) expect(existsSync(path.join(cache, key.replace("/", "."))), key).toBe(true);
    expect(await printCopy("warm")).toEqual([]);
    expect(await printCopy("english-changed", (dir) => appendFileSync(path.join(dir, printEditionUrl(english), "index.html"), "<!-- changed -->\n"))).toEqual([english]);
    // Each key keeps its latest entry: the English one was replaced, the briefing's own survived it.
    expect(await printCopy("again")).toEqual([english]);
  });
});
