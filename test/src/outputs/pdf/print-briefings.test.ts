import { readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../../src/tools/build/build-site.ts";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { formatFigure } from "../../../../src/render/format/format-figure.ts";
import { formatDate } from "../../../../src/render/format/format-date.ts";
import { formatBytes } from "../../../../src/render/format/format-bytes.ts";
import { labelsFor } from "../../../../src/outputs/eleventy/filters/labels-for.ts";
import { readInterfaceWords, wordOf } from "../../../../src/content/interface-words.ts";
import { printBriefings } from "../../../../src/outputs/pdf/print-briefings.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { textIn } from "../../../../src/content/localized-text.ts";
import { PAPERS } from "../../../../src/content/settings/paper.ts";
import type { Briefing } from "../../../../src/content/briefing.ts";
import { listFiles, readPage } from "../../../helpers/site.ts";
import { CHINESE_BRIEFINGS, tempDir, VALID_BRIEFINGS } from "../../../helpers/fixtures.ts";
import { sharedBrowserOptions, sharedSite } from "../../../helpers/shared-site.ts";
import { pdfFonts, readPdf, type ReadPdf } from "../../../helpers/pdf.ts";
import { shippedSiteUrl, testProject, wordsFor } from "../../../helpers/project.ts";

const labels = labelsFor(readInterfaceWords(), "zh-CN");
const word = (key: string) => wordOf(labels, key);
const squash = (text: string) => text.replace(/\s+/g, "");

/** Builds the site with its PDFs, noting the progress lines printed. */
async function buildWithPdfs(outputDir: string, briefingsDir?: string, paper?: string): Promise<string[]> {
  const lines: string[] = [];
  await buildSite({
    project: testProject({ briefingsDir, paper }),
    outputDir,
    quiet: true,
    printPdfs: async (siteDir, briefings) => {
      await printBriefings(siteDir, briefings.map((b) => b.slug), { siteUrl: shippedSiteUrl(), browser: sharedBrowserOptions(), log: (line) => lines.push(line) });
    },
  });
  return lines;
}

// The Chinese site (test/shared-sites.ts), built with its PDF by npm run build; and the same
// briefing built again here, printing with a progress log.
describe("a Chinese briefing's PDF", () => {
  const work = tempDir();
  const out = sharedSite("chinese");
  const again = path.join(work, "again");
  let briefing: Briefing;
  let file: string;
  let pdf: ReadPdf;
  let progress: string[];

  beforeAll(async () => {
    [briefing] = loadBriefings(CHINESE_BRIEFINGS) as [Briefing];
    file = path.join(out, briefing.slug, `${briefing.slug}.pdf`);
    [pdf, progress] = await Promise.all([readPdf(file), buildWithPdfs(again, CHINESE_BRIEFINGS)]);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is set on A4 paper, every page", () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(6);
    for (const size of pdf.sizes) {
      expect(Math.abs(size.width - PAPERS.A4.widthPt)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - PAPERS.A4.heightPt)).toBeLessThanOrEqual(1);
    }
  });

  it("opens with a cover of series, title, subtitle, date, publisher, summary and web address, without running header or page number", () => {
    const cover = pdf.text[0]!;
    const site = readSettings().site;
    const series = textIn(site.title, "zh-CN", site.language).text;
    for (const text of [series, briefing.title, briefing.subtitle!, briefing.publisher, briefing.summary, formatDate(briefing.date, "zh-CN", briefing.timeZone), `${shippedSiteUrl()}${briefing.slug}/`]) {
      expect(cover).toContain(squash(text));
    }
    expect(cover).not.toContain(squash(briefing.shortTitle));
    expect(cover).not.toMatch(/第\d+页/);
  });

  it("prints the short title and 'page N / M' in Chinese on every page after the cover", () => {
    pdf.text.slice(1).forEach((text, index) => {
      expect(text, `page ${index + 2}`).toContain(squash(briefing.shortTitle));
      expect(text, `page ${index + 2}`).toContain(`第${index + 2}页/共${pdf.pages}页`);
    });
  });

  it("sets the headline figures at a glance on the cover's page, then the contents, with no page to themselves", () => {
    expect(pdf.text[0]).toContain(squash(word("keyFigures")) + squash(word("headlineFigures")));
    for (const figure of briefing.figures.filter((f) => f.headline)) expect(pdf.text[0]).toContain(formatFigure(figure, "zh-CN", wordsFor("zh-CN")));
    expect(contentsPage()).toBeLessThanOrEqual(2);
    // The first section follows the contents on their page.
    expect(pageOfHeading(squash(briefing.sections[0]!.title))).toBe(contentsPage());
  });

  /** The page (from 1) the contents are printed on: the one with their heading and first entry. */
  function contentsPage(): number {
    return pdf.text.findIndex((text) => text.includes(squash(word("contents")) + "1" + squash(briefing.sections[0]!.title))) + 1;
  }

  /** The first page from the contents' on which a heading is printed, not counting its contents entry. */
  function pageOfHeading(heading: string): number {
    const count = (text: string) => text.split(heading).length - 1;
    return pdf.text.findIndex((text, page) => page + 1 >= contentsPage() && count(text) > (page + 1 === contentsPage() ? 1 : 0)) + 1;
  }

  it("gives each contents entry the page on which that section's heading actually appears", () => {
    const contents = pdf.text[contentsPage() - 1]!;
    const entries = [...briefing.sections.map((s) => s.title), word("about")].map(squash);
    const headings = [...briefing.sections.map((s) => s.title), word("originalSource")].map(squash);
    // What the contents prints after each entry's page number: the section's summary, which may
    // itself open with digits (2023年…), so the number is read up to where the summary starts;
    // after the last, the first section's kicker ("1 / 4"), which follows the contents on their page.
    const following = [...briefing.sections.map((s) => squash(s.summary ?? "")), `1/${briefing.sections.length}`];
    entries.forEach((entry, index) => {
      const match = new RegExp(`${escape(entry)}(\\d+)${escape(following[index]!)}`).exec(contents);
      expect(match, entry).not.toBeNull();
      const stated = Number(match![1]);
      const actual = pageOfHeading(headings[index]!);
      expect(actual, entry).toBeGreaterThanOrEqual(contentsPage());
      expect(stated, entry).toBe(actual);
    });
  });

  it("links every contents entry to its page", () => {
    const targets = pdf.links[contentsPage() - 1]!.filter((link) => link.page !== undefined).map((link) => link.page);
    const expected = briefing.sections.map((s) => pageOfHeading(squash(s.title)));
    expect(targets.slice(0, briefing.sections.length)).toEqual(expected);
  });

  it("has bookmarks that mirror the headings: at a glance, contents, each section, sources, imprint", () => {
    const top = pdf.outline.filter((entry) => entry.depth === 1);
    expect(top.map((entry) => entry.title)).toEqual([labels.headlineFigures, labels.contents, ...briefing.sections.map((s) => s.title), labels.originalSource, labels.credits, labels.imprint]);
    expect(pdf.outline[0]).toMatchObject({ title: briefing.title, page: 1, depth: 0 });
    for (const section of briefing.sections) {
      const bookmark = top.find((entry) => entry.title === section.title)!;
      expect(pdf.text[bookmark.page - 1], section.title).toContain(squash(section.title));
    }
  });

  it("prints each chart without its data table under it, the drawing writing every value", () => {
    const all = pdf.text.join("");
    expect(briefing.charts.length).toBeGreaterThan(0);
    for (const chart of briefing.charts) expect(all).toContain(squash(chart.title));
    // The table's header row, as the site's "show the data" table prints it.
    expect(all).not.toContain(squash(word("figure") + word("value") + word("note")));
  });

  it("states every key figure in text a reader can search and copy", () => {
    const all = pdf.text.join("");
    const missing = briefing.figures.filter((figure) => !all.includes(formatFigure(figure, "zh-CN", wordsFor("zh-CN")))).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it("carries title, author, subject, keywords, language and the briefing's dates, not the clock's", () => {
    expect(pdf.info.Title).toBe(briefing.title);
    expect(pdf.info.Author).toBe(briefing.publisher);
    expect(pdf.info.Subject).toBe(briefing.summary);
    expect(String(pdf.info.Keywords).split(/\s+/)).toEqual(briefing.tags);
    expect(pdf.info.Language).toBe("zh-CN");
    const expected = `D:${new Date(briefing.date).toISOString().replace(/[-:T]/g, "").slice(0, 14)}`;
    expect(String(pdf.info.CreationDate).startsWith(expected)).toBe(true);
    expect(String(pdf.info.ModDate).startsWith(`D:${new Date(briefing.updated).toISOString().replace(/[-:T]/g, "").slice(0, 14)}`)).toBe(true);
  });

  it("is tagged, and no link points at the build's own loopback server", () => {
    expect(pdf.marked).toBe(true);
    const loopback = pdf.links.flat().filter((link) => link.url && /127\.0\.0\.1|localhost/.test(link.url));
    expect(loopback).toEqual([]);
    expect(pdf.links.flat().every((link) => link.url !== undefined || (link.page ?? 0) > 0)).toBe(true);
  });

  it("embeds a subset of every font, all of them the theme's Noto fonts, none Type 3", () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded || !f.subset || f.type.includes("Type 3") || !/^[A-Z]{6}\+Noto(Sans|Serif)SC/.test(f.name))).toEqual([]);
  });

  it("reports the document with its pages, size and seconds as it finishes", () => {
    const { size } = statSync(path.join(again, briefing.slug, `${briefing.slug}.pdf`));
    expect(progress).toEqual([expect.stringMatching(new RegExp(`^${briefing.slug}\\.pdf\\s+${pdf.pages} pages\\s+${escape(formatBytes(size))}\\s+\\d+\\.\\d s$`))]);
  });

  it("is offered on the briefing's pages as Download PDF, with its real page count and size", () => {
    const { size } = statSync(file);
    const url = `/${briefing.slug}/${briefing.slug}.pdf`;
    const pages = listFiles(out).filter((f) => f.startsWith(`${briefing.slug}/`) && f.endsWith("index.html") && !f.includes("/print/"));
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      const link = readPage(out, page).querySelector(`.pdf-download a[href="${url}"]`);
      expect(link?.textContent, page).toContain(labels.downloadPdf);
      expect(link?.textContent, page).toContain(`${pdf.pages} 页`);
      expect(link?.textContent, page).toContain(formatBytes(size, "zh-CN"));
    }
    // The home page is the archive: the link, then its pages and size beside it.
    const offer = readPage(out, "index.html").querySelector(".archive-entry__pdf");
    expect(offer?.querySelector(`a[href="${url}"]`)?.textContent).toBe(labels.downloadPdf);
    expect(offer?.querySelector(".archive-entry__pdf-size")?.textContent).toBe(`${pdf.pages} 页 · ${formatBytes(size, "zh-CN")}`);
  });

  it("keeps the print edition out of search engines and out of the site's navigation", () => {
    const print = readPage(out, `${briefing.slug}/print/index.html`);
    expect(print.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(print.querySelector(".site-header, .briefing-nav, .pager")).toBeNull();
    const linking = listFiles(out).filter((f) => f.endsWith(".html") && !f.includes("/print/") && readFileSync(path.join(out, f), "utf8").includes("/print/"));
    expect(linking).toEqual([]);
  });

  it("comes out byte-identical when the same briefing is built again", () => {
    const first = readFileSync(file);
    const second = readFileSync(path.join(again, briefing.slug, `${briefing.slug}.pdf`));
    expect(second.length).toBe(first.length);
    expect(second.equals(first)).toBe(true);
  });
});

describe("the PDF on US Letter", () => {
  it("is set on Letter paper, in the briefing's language, when the setting says Letter", async () => {
    const work = tempDir();
    try {
      await buildWithPdfs(path.join(work, "out"), VALID_BRIEFINGS, "Letter");
      const pdf = await readPdf(path.join(work, "out", "trade-note", "trade-note.pdf"));
      for (const size of pdf.sizes) {
        expect(Math.abs(size.width - PAPERS.Letter.widthPt)).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - PAPERS.Letter.heightPt)).toBeLessThanOrEqual(1);
      }
      expect(pdf.text[1]).toContain(`Page2/${pdf.pages}`);
      expect(pdf.info.Language).toBe("en");
      // English is drawn with the theme's Latin fonts (TrueType, so embedded as real fonts, never Type 3).
      const fonts = pdfFonts(path.join(work, "out", "trade-note", "trade-note.pdf"));
      expect(fonts.filter((f) => !f.embedded || !f.subset || f.type.includes("Type 3"))).toEqual([]);
      expect(fonts.some((f) => /^[A-Z]{6}\+SourceSerif4/.test(f.name))).toBe(true);
      expect(fonts.some((f) => /^[A-Z]{6}\+SourceSans3/.test(f.name))).toBe(true);
      // Each English bookmark appears once, as written.
      expect(pdf.outline.filter((e) => e.depth === 1).map((e) => e.title)).toEqual(["At a glance", "Contents", "Traffic", "History", "Original source", "Credits", "Imprint"]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
