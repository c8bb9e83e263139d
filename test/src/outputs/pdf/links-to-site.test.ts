import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../../src/tools/build/build-site.ts";
import { printBriefings } from "../../../../src/outputs/pdf/print-briefings.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { readPdf, type ReadPdf } from "../../../helpers/pdf.ts";
import { pdfContentText } from "../../../helpers/pdf-bytes.ts";
import { testProject } from "../../../helpers/project.ts";

const LONG_TITLES = path.resolve("test/fixtures/long-titles");
const SITE = "https://briefings.test/reports/";

describe("links in the PDF", () => {
  const work = tempDir();
  const out = path.join(work, "output");
  const file = path.join(out, "harbour-note", "harbour-note.pdf");
  let pdf: ReadPdf;

  beforeAll(async () => {
    await buildSite({
      project: testProject({ briefingsDir: LONG_TITLES, siteUrl: SITE }),
      outputDir: out,
      quiet: true,
      printPdfs: async (siteDir, briefings) => {
        await printBriefings(siteDir, briefings.map((b) => b.slug), { log: false, siteUrl: SITE });
      },
    });
    pdf = await readPdf(file);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("point relative and root-relative links in prose at the published site, resolved from the section's own page", () => {
    const urls = pdf.links.flat().flatMap((link) => (link.url ? [link.url] : []));
    expect(urls).toEqual(
      expect.arrayContaining([
        `${SITE}harbour-note/figures/`,
        `${SITE}harbour-note/figures.csv`,
        `${SITE}harbour-note/traffic/`,
        "https://stats.example.org/ports",
      ]),
    );
  });

  it("every external link goes to the published site or to another site, never to this machine", () => {
    const urls = pdf.links.flat().flatMap((link) => (link.url ? [link.url] : []));
    expect(urls.length).toBeGreaterThanOrEqual(4);
    expect(urls.filter((url) => !url.startsWith(SITE) && !url.startsWith("https://stats.example.org/") && !url.startsWith("https://example."))).toEqual([]);
  });

  it("leave no loopback address anywhere in the file, streams decompressed", async () => {
    for (const slug of ["harbour-note", "harbour-note-zh"]) {
      const text = await pdfContentText(path.join(out, slug, `${slug}.pdf`));
      expect(text.length).toBeGreaterThan(10_000);
      expect(text.match(/127\.0\.0\.1|localhost/g) ?? [], slug).toEqual([]);
      expect(readFileSync(path.join(out, slug, `${slug}.pdf`)).includes("127.0.0.1")).toBe(false);
    }
  });
});
