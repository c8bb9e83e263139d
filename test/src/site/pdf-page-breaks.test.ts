import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import type { Briefing } from "../../../src/content/briefing.ts";
import { CHINESE_BRIEFINGS, tempDir } from "../../helpers/fixtures.ts";
import { sharedSite } from "../../helpers/shared-site.ts";
import { readPdf, type ReadPdf } from "../../helpers/pdf.ts";

/** The print edition's page margins (_includes/layouts/print.njk), in mm. */
const MARGIN = { top: 22, bottom: 20 };

/**
 * How far down its text area each page is printed on, from 0 (empty) to 1 (full): the lowest
 * row with ink above the footer margin, found in a greyscale rendering by poppler's pdftoppm.
 */
function pageFill(file: string, work: string): number[] {
  const prefix = path.join(work, "fill");
  execFileSync("pdftoppm", ["-gray", "-r", "30", file, prefix]);
  const pages = readdirSync(work).filter((name) => name.startsWith("fill") && name.endsWith(".pgm")).sort();
  return pages.map((name) => {
    const data = readFileSync(path.join(work, name));
    // A binary PGM: "P5", width, height, maximum, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString("latin1"))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = data.subarray(header[0].length);
    const mm = height / 297;
    const top = Math.ceil(MARGIN.top * mm);
    const bottom = Math.floor((297 - MARGIN.bottom) * mm);
    let lowest = top;
    for (let row = top; row < bottom; row += 1) {
      for (let x = 0; x < width; x += 1) if (pixels[row * width + x]! < 160) { lowest = row; break; }
    }
    return (lowest - top) / (bottom - top);
  });
}

// The PDFs of the Chinese and the English site (test/shared-sites.ts), printed by npm run build.
describe("the PDF's page breaks", () => {
  const work = tempDir();
  let briefing: Briefing;
  let pdf: ReadPdf;
  let fill: number[];

  beforeAll(async () => {
    [briefing] = loadBriefings(CHINESE_BRIEFINGS) as [Briefing];
    const file = path.join(sharedSite("chinese"), briefing.slug, `${briefing.slug}.pdf`);
    pdf = await readPdf(file);
    fill = pageFill(file, work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("start the cover, the figures at a glance and the contents on pages of their own", () => {
    const bookmarks = pdf.outline.filter((entry) => entry.depth === 1);
    expect(bookmarks.slice(0, 2).map((entry) => entry.page)).toEqual([2, 3]);
    // The first section opens the page after the contents.
    expect(bookmarks[2]!.page).toBe(4);
    expect(bookmarks.map((entry) => entry.page)).toEqual([...bookmarks.map((entry) => entry.page)].sort((a, b) => a - b));
  });

  it("leave no page of the sections mostly empty: a section follows the one before it when it fits", () => {
    const bookmarks = pdf.outline.filter((entry) => entry.depth === 1);
    const first = bookmarks[2]!.page;
    // The page before the sources (which open a page of their own) may end short; none before it.
    const sources = bookmarks[2 + briefing.sections.length]!.page;
    const body = fill.slice(first - 1, sources - 1);
    expect(body.length).toBeGreaterThan(1);
    for (const [i, share] of body.slice(0, -1).entries()) expect(share, `page ${first + i}`).toBeGreaterThan(0.6);
    // Together the sections take no more pages than their printed lines fill.
    expect(body.length).toBeLessThanOrEqual(Math.ceil(body.reduce((sum, share) => sum + share, 0)));
  });

  it("never end a page with a section's heading: each section's page carries its opening text", () => {
    const bookmarks = pdf.outline.filter((entry) => entry.depth === 1).slice(2, 2 + briefing.sections.length);
    expect(bookmarks).toHaveLength(briefing.sections.length);
    for (const [i, section] of briefing.sections.entries()) {
      const text = pdf.text[bookmarks[i]!.page - 1]!;
      const title = section.title.replace(/\s+/g, "");
      const after = text.slice(text.indexOf(title) + title.length).replace(/第\d+页\/共\d+页/, "");
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
