import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import type { Briefing } from "../../../src/content/briefing.ts";
import { CHINESE_BRIEFINGS, tempDir } from "../../helpers/fixtures.ts";
import { sharedSite } from "../../helpers/shared-site.ts";
import { readPdf, type ReadPdf } from "../../helpers/pdf.ts";
import { blankFractions, EMPTY_GAP_MM, headerRules } from "../../helpers/pdf-blank-space.ts";
import { loneLines, pdfLines, printedParagraphs, squashText, type PdfLine } from "../../helpers/pdf-lines.ts";
import { buildableFixtures, FIXTURES_SITE_URL } from "../../shared-sites.ts";

/**
 * The most of a page's text block any page but a PDF's last may leave empty (in gaps taller than
 * EMPTY_GAP_MM): 30 %. Before the print edition ran its cover, figures and contents together,
 * those pages were 60–78 % empty; a chart or a short table that does not fit what is left of a
 * page still moves whole to the next, which costs up to about a quarter of a page.
 */
const MOST_BLANK = 0.3;

/** Every briefing of the fixtures site with its PDF and its print edition's HTML. */
function fixturePdfs(): Array<{ slug: string; file: string; html: string }> {
  const site = sharedSite("fixtures");
  return readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(site, entry.name)).includes(`${entry.name}.pdf`))
    .map((entry) => ({
      slug: entry.name,
      file: path.join(site, entry.name, `${entry.name}.pdf`),
      html: readFileSync(path.join(site, entry.name, "print", "index.html"), "utf8"),
    }));
}

// The PDFs of the fixtures site (every fixture and the shipped briefing), of the Chinese site and
// of the English one (test/shared-sites.ts), printed by npm run build.
describe("the PDF's page breaks", () => {
  let briefing: Briefing;
  let pdf: ReadPdf;
  let pdfs: ReturnType<typeof fixturePdfs>;

  beforeAll(async () => {
    [briefing] = loadBriefings(CHINESE_BRIEFINGS) as [Briefing];
    pdf = await readPdf(path.join(sharedSite("chinese"), briefing.slug, `${briefing.slug}.pdf`));
    pdfs = fixturePdfs();
  });

  it("run the cover, the figures at a glance, the contents and the first section on without a forced page break", () => {
    const bookmarks = pdf.outline.filter((entry) => entry.depth === 1);
    // At a glance on the cover's page; the contents and the first section by the second.
    expect(bookmarks[0]!.page).toBe(1);
    expect(bookmarks[1]!.page).toBeLessThanOrEqual(2);
    expect(bookmarks[2]!.page).toBe(bookmarks[1]!.page);
    expect(bookmarks.map((entry) => entry.page)).toEqual([...bookmarks.map((entry) => entry.page)].sort((a, b) => a - b));
  });

  it(`leave no page but the last more than ${MOST_BLANK * 100} % empty, in every PDF of the fixtures site`, () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(8);
    const sparse = pdfs.flatMap(({ slug, file }) =>
      blankFractions(file)
        .slice(0, -1)
        .map((blank, index) => ({ page: `${slug} p. ${index + 1}`, blank: Math.round(blank * 100) }))
        .filter(({ blank }) => blank > MOST_BLANK * 100),
    );
    expect(sparse).toEqual([]);
  });

  it("leave no single line of a paragraph alone at the top or the foot of a page, in every PDF of the fixtures site", async () => {
    const lone = [];
    for (const { slug, file, html } of pdfs) {
      for (const found of loneLines(await pdfLines(file), printedParagraphs(html))) lone.push({ slug, ...found });
    }
    expect(lone).toEqual([]);
  });

  it("end no page with a heading or a label (the sources' label included), in every PDF of the fixtures site", async () => {
    const stranded = [];
    for (const { slug, file, html } of pdfs) {
      const { document } = parseHTML(html);
      const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, .pdf-kicker")].map((heading) => squashText(heading.textContent ?? ""));
      const pages = await pdfLines(file);
      for (const [index, lines] of pages.slice(0, -1).entries()) {
        const last = lines.at(-1)?.text ?? "";
        if (headings.some((heading) => heading.endsWith(last))) stranded.push({ slug, page: index + 1, last });
      }
    }
    expect(stranded).toEqual([]);
  });

  it("rule the running header off across the text width on every page but the cover, in every PDF of the fixtures site", () => {
    const unruled = pdfs.flatMap(({ slug, file }) =>
      headerRules(file)
        .map((ruled, index) => ({ page: `${slug} p. ${index + 1}`, ruled }))
        .slice(1)
        .filter(({ ruled }) => !ruled),
    );
    expect(unruled).toEqual([]);
  });

  it("print the briefing's web address and its publisher in every PDF of the fixtures site", () => {
    const publishers = new Map(
      [...buildableFixtures(), "src/briefings"].flatMap((folder) => loadBriefings(folder)).map((briefing) => [briefing.slug, briefing.publisher]),
    );
    for (const { slug, file } of pdfs) {
      // poppler's text layer, which keeps Arabic in logical order as pdf.js does not.
      const text = squashText(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
      expect(text, slug).toContain(squashText(`${FIXTURES_SITE_URL}${slug}/`));
      expect(text, slug).toContain(squashText(publishers.get(slug)!));
    }
  });

  it("never end a page with a section's heading: each section's page carries its opening text", () => {
    const bookmarks = pdf.outline.filter((entry) => entry.depth === 1).slice(2, 2 + briefing.sections.length);
    expect(bookmarks).toHaveLength(briefing.sections.length);
    for (const [i, section] of briefing.sections.entries()) {
      const text = pdf.text[bookmarks[i]!.page - 1]!;
      const title = section.title.replace(/\s+/g, "");
      const after = text.slice(text.lastIndexOf(title) + title.length).replace(/第\d+页\/共\d+页/, "");
      expect(text, section.title).toContain(title);
      expect(after.length, section.title).toBeGreaterThan(60);
    }
  });

  it("set two short sections on one page", async () => {
    const short = await readPdf(path.join(sharedSite("english"), "trade-note", "trade-note.pdf"));
    const page = (title: string) => short.outline.find((entry) => entry.title === title)?.page;
    expect(page("Traffic")).toBeGreaterThan(0);
    expect(page("History")).toBe(page("Traffic"));
  });
});

describe("the measures of a PDF's pages", () => {
  const work = tempDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`count as empty only gaps taller than ${EMPTY_GAP_MM} mm: a page with one line at its head is nearly all empty, a page of lines none`, async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const mm = 72 / 25.4;
    const sparse = document.addPage([210 * mm, 297 * mm]);
    sparse.drawText("One line under the header.", { x: 20 * mm, y: (297 - 30) * mm, size: 10, font });
    const full = document.addPage([210 * mm, 297 * mm]);
    for (let y = 297 - 26; y > 22; y -= 6) full.drawText("A line of text in a full page.", { x: 20 * mm, y: y * mm, size: 10, font });
    const file = path.join(work, "measured.pdf");
    writeFileSync(file, await document.save());
    const [sparseBlank, fullBlank] = blankFractions(file);
    expect(sparseBlank).toBeGreaterThan(0.9);
    expect(fullBlank).toBe(0);
  });

  it("find a paragraph's last line alone atop a page and its first line alone at a page's foot, and nothing in a paragraph split two and two", () => {
    const page = (...texts: string[]): PdfLine[] => texts.map((text, index) => ({ text, y: 700 - index * 14 }));
    const paragraphs = ["Firstlineofone.", "Itsfirstline,itssecondline,itsthirdline,itslast.", "Nextparagraph."];
    // Three lines, then the last alone at the top of page 2.
    expect(loneLines([page("Firstlineofone.", "Itsfirstline,", "itssecondline,", "itsthirdline,"), page("itslast.", "Nextparagraph.")], paragraphs)).toEqual([
      { page: 2, kind: "widow", line: "itslast." },
    ]);
    // The first line alone at the foot of page 1.
    expect(loneLines([page("Firstlineofone.", "Itsfirstline,"), page("itssecondline,", "itsthirdline,", "itslast.")], paragraphs)).toEqual([
      { page: 1, kind: "orphan", line: "Itsfirstline," },
    ]);
    // Two and two, and a break between paragraphs, are what a typesetter wants.
    expect(loneLines([page("Itsfirstline,", "itssecondline,"), page("itsthirdline,", "itslast."), page("Nextparagraph.")], paragraphs)).toEqual([]);
  });

  it("read the print edition's paragraphs as printed, with a prose link's address after it", () => {
    const html = '<article class="pdf-section prose"><p>See <a href="https://example.org/a">the source</a>.</p><ul><li>One</li><li>Two<ul><li>Three</li></ul></li></ul></article>';
    expect(printedParagraphs(html)).toEqual(["Seethesource(https://example.org/a).", "One", "Three"]);
  });
});
