import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPdf } from "../../helpers/pdf.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";
import { openPage } from "../../helpers/open-page.ts";
import { CHINESE_SLUG, ENGLISH_SLUG } from "../../helpers/fixtures.ts";
import { FIXTURES_SITE_URL } from "../../shared-sites.ts";

/** What a printed web page must keep together and name, read from the page before printing. */
interface PrintedPage {
  /** The briefing's short name, as the breadcrumb gives it. */
  briefing: string;
  /** Each chart's title and the line that ends it (its source). */
  charts: { title: string; source: string }[];
  /** How much of the printed text column the prose fills. */
  proseShare: number;
}

/** Runs in the page, laid out for print. */
function readPrintedPage(): PrintedPage {
  const text = (element: Element | null) => (element?.textContent ?? "").replace(/\s+/g, "");
  const prose = document.querySelector(".prose, .section");
  const main = document.querySelector("main")!;
  return {
    briefing: text(document.querySelector(".breadcrumb li")),
    charts: [...document.querySelectorAll(".chart")].map((chart) => ({ title: text(chart.querySelector(".chart__title")), source: text(chart.querySelector(".chart__source")) })),
    proseShare: prose ? prose.getBoundingClientRect().width / main.getBoundingClientRect().width : 0,
  };
}

/** Printed pages (Ctrl-P) of a section with a chart, of each fixture. */
const PRINTED = [`${ENGLISH_SLUG}/throughput/`, `${CHINESE_SLUG}/full-year/`, `${CHINESE_SLUG}/export-mix/`];

describe("a web page printed from the browser", () => {
  const site = useSiteInChromium("fixtures");
  const folder = mkdtempSync(path.join(tmpdir(), "web-print-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  for (const address of PRINTED) {
    it(`names the briefing and its address on every page, keeps each chart on one page and uses the page's width (${address})`, async () => {
      const page = await site.browser.newPage();
      const file = path.join(folder, `${address.replace(/\W+/g, "-")}.pdf`);
      let printed: PrintedPage;
      try {
        await openPage(page, site.server.url + address);
        await page.emulateMediaType("print");
        printed = await page.evaluate(readPrintedPage);
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
      const pdf = await readPdf(file);
      const briefingAddress = `${FIXTURES_SITE_URL}${address.split("/")[0]}/`;
      expect(printed.briefing).not.toBe("");
      pdf.text.forEach((text, n) => {
        expect(text, `page ${n + 1} names the briefing`).toContain(printed.briefing);
        expect(text, `page ${n + 1} gives its address`).toContain(briefingAddress);
      });
      expect(printed.charts.length).toBeGreaterThan(0);
      for (const chart of printed.charts) {
        const titlePage = pdf.text.findIndex((text) => text.includes(chart.title));
        expect(titlePage, `the chart "${chart.title}" is printed`).toBeGreaterThanOrEqual(0);
        expect(pdf.text[titlePage], `the chart "${chart.title}" ends on the page it starts`).toContain(chart.source);
      }
      expect(printed.proseShare).toBeGreaterThan(0.95);
    });
  }
});
