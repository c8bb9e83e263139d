import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readPage } from "../../../helpers/site.ts";
import { readPdf, type ReadPdf } from "../../../helpers/pdf.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";

// The fixtures site (test/shared-sites.ts) holds test/fixtures/long-titles: an English and a
// Chinese briefing whose section and `##` headings wrap onto two or three lines.
describe("the PDF's outline, written from the headings", () => {
  const out = sharedSite("fixtures");
  const pdfs = new Map<string, ReadPdf>();

  beforeAll(async () => {
    for (const slug of ["harbour-note", "harbour-note-zh"]) pdfs.set(slug, await readPdf(path.join(out, slug, `${slug}.pdf`)));
  });

  /** The print edition's headings in reading order, text as written, with their level. */
  function headingsOf(slug: string): Array<{ title: string; level: number }> {
    const page = readPage(out, `${slug}/print/index.html`);
    return [...page.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => ({ title: (h.textContent ?? "").replace(/\s+/g, " ").trim(), level: Number(h.tagName.slice(1)) }));
  }

  for (const slug of ["harbour-note", "harbour-note-zh"]) {
    it(`${slug}: has one bookmark per heading, titled exactly as the heading, in order, none doubled`, () => {
      const headings = headingsOf(slug);
      const outline = pdfs.get(slug)!.outline;
      // The fixture's headings do wrap: each of these is longer than a line of the page.
      expect(headings.filter((h) => h.title.length > (slug.endsWith("-zh") ? 40 : 100))).toHaveLength(3);
      expect(outline.map((entry) => entry.title)).toEqual(headings.map((h) => h.title));
      expect(new Set(outline.map((entry) => entry.title)).size).toBe(outline.length);
    });

    it(`${slug}: nests bookmarks by heading level, the title on top, sections under it, their headings under them`, () => {
      const levels = headingsOf(slug).map((h) => h.level);
      const depths = pdfs.get(slug)!.outline.map((entry) => entry.depth);
      expect(levels[0]).toBe(1);
      expect(depths).toEqual(levels.map((level) => level - 1));
    });

    it(`${slug}: opens each bookmark on the page that shows its heading`, () => {
      const pdf = pdfs.get(slug)!;
      for (const entry of pdf.outline) {
        expect(entry.page, entry.title).toBeGreaterThan(0);
        expect(pdf.text[entry.page - 1], entry.title).toContain(entry.title.replace(/\s+/g, ""));
      }
      // Pages only move forward through the document.
      const pages = pdf.outline.map((entry) => entry.page);
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
    });
  }
});
