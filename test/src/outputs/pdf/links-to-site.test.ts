import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf, type ReadPdf } from "../../../helpers/pdf.ts";
import { pdfContentText } from "../../../helpers/pdf-bytes.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";
import { FIXTURES_SITE_URL } from "../../../shared-sites.ts";

const SITE = FIXTURES_SITE_URL;

// The fixtures site (test/shared-sites.ts), printed by npm run build for a site under a sub-path.
describe("links in the PDF", () => {
  const out = sharedSite("fixtures");
  const file = path.join(out, "harbour-note", "harbour-note.pdf");
  let pdf: ReadPdf;

  beforeAll(async () => {
    pdf = await readPdf(file);
  });

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
