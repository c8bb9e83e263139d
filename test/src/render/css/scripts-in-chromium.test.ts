import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { openPage } from "../../../helpers/open-page.ts";
import { pdfFonts } from "../../../helpers/pdf.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";

// The Arabic and Japanese fixtures (test/fixtures/languages/), built on their own with PDFs.
const FIXTURES = [
  { slug: "dxb-passengers-2023", lang: "ar", dir: "rtl", script: "arabic", section: "traffic" },
  { slug: "jnto-visitors-2023", lang: "ja-JP", dir: "ltr", script: "japanese", section: "total" },
] as const;

describe("each script in its own type and direction, in Chromium", () => {
  const site = useSiteInChromium("scripts");
  const theme = readSettings().theme;

  for (const fixture of FIXTURES) {
    const body = theme.fonts.body[fixture.script]!.family;
    const heading = theme.fonts.heading[fixture.script]!.family;

    it(`sets lang="${fixture.lang}" and dir="${fixture.dir}" on every page of the ${fixture.lang} briefing, print edition included`, async () => {
      const page = await site.browser.newPage();
      try {
        for (const url of ["", `${fixture.section}/`, "figures/", "updates/", "print/"]) {
          await openPage(page, `${site.server.url}${fixture.slug}/${url}`);
          const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
          expect(root, url || "cover").toEqual({ lang: fixture.lang, dir: fixture.dir });
        }
      } finally {
        await page.close();
      }
    });

    it(`draws the ${fixture.lang} body text in ${body} its figures in prose too, and its key figures in ${heading}, the fonts it loaded`, async () => {
      const page = await site.browser.newPage();
      try {
        const families = async (selectors: Record<string, string>) =>
          page.evaluate(async (wanted) => {
            await document.fonts.ready;
            const first = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily.split(",")[0]!.trim().replace(/"/g, "");
            const loaded = [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family.replace(/"/g, ""));
            return { ...Object.fromEntries(Object.entries(wanted).map(([name, selector]) => [name, first(selector)])), loaded: [...new Set(loaded)] } as Record<string, string> & { loaded: string[] };
          }, selectors);
        await openPage(page, `${site.server.url}${fixture.slug}/${fixture.section}/`);
        const section = await families({ prose: ".prose p:not([class])", inlineFigure: ".prose p:not([class]) data.figure-ref", heading: "h1" });
        expect(section.prose).toBe(body);
        expect(section.inlineFigure).toBe(body);
        expect(section.heading).toBe(heading);
        expect(section.loaded).toContain(body);
        expect(section.loaded).toContain(heading);
        // The cover's key figures are cards, their values set in the heading font.
        await openPage(page, `${site.server.url}${fixture.slug}/`);
        const figures = await families({ card: ".figure-card__value" });
        expect(figures.card).toBe(heading);
        // Japanese in Japanese forms: never the Simplified Chinese font first.
        expect([section.prose, section.heading, figures.card].filter((family) => / SC$/.test(family ?? ""))).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`embeds only bundled TrueType fonts in the ${fixture.lang} PDF: no Type 3, no system font`, () => {
      const fonts = pdfFonts(path.join(site.out, fixture.slug, `${fixture.slug}.pdf`));
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => /Type 3/.test(font.type))).toEqual([]);
      // The families the theme bundles, as PostScript names: NotoNaskhArabic, NotoSansJP, SourceSerif4…
      const bundled = [...Object.values(theme.fonts.body), ...Object.values(theme.fonts.heading)].map((font) => font!.family.replace(/ /g, ""));
      for (const font of fonts) expect(bundled.some((family) => font.name.includes(family)), font.name).toBe(true);
    });
  }

  it("keeps each change's sign and percent with its number on the Arabic pages: every change on the cover and the figures page is isolated left to right", async () => {
    const page = await site.browser.newPage();
    try {
      const unisolated: string[] = [];
      for (const url of ["dxb-passengers-2023/", "dxb-passengers-2023/figures/"]) {
        await openPage(page, site.server.url + url);
        const changes = await page.evaluate(() =>
          [...document.querySelectorAll(".figure-card__change, .figures-table td:last-child")]
            .filter((cell) => /\d/.test(cell.textContent ?? ""))
            .map((cell) => ({ text: cell.textContent!.trim(), isolated: [...cell.querySelectorAll("bdi[dir=ltr]")].some((bdi) => /^[+\u2212-]?[\d.,]+%$/.test(bdi.textContent!.trim())) })),
        );
        expect(changes.length, url).toBeGreaterThan(0);
        unisolated.push(...changes.filter((change) => !change.isolated).map((change) => `${url}: ${change.text}`));
      }
      expect(unisolated).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("puts the Arabic PDF's text layer in logical order, so خلال is found and copied as written", () => {
    const text = execFileSync("pdftotext", [path.join(site.out, "dxb-passengers-2023", "dxb-passengers-2023.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("خلال");
    expect(text).not.toContain("خالل");
    expect(text).toContain("مطار دبي الدولي");
  });

  it("mirrors the Arabic pages: the prose starts at the right, the pager's next link sits on the left, charts grow from the right", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await openPage(page, `${site.server.url}dxb-passengers-2023/traffic/`);
      const layout = await page.evaluate(() => {
        // DOMRects do not cross from the page; plain numbers do.
        const plain = (element: Element) => {
          const { left, right, width } = element.getBoundingClientRect();
          return { left, right, width };
        };
        const box = (selector: string) => plain(document.querySelector(selector)!);
        const bar = plain([...document.querySelectorAll<SVGRectElement>("rect.chart__bar")].find((rect) => Number(rect.dataset.value) > 0)!);
        const zero = box(".chart__zero-line");
        return { main: box("main"), prose: box(".prose p:not([class])"), next: box(".pager__link--next"), previous: box(".pager__link--previous"), bar, zero };
      });
      expect(layout.main.right - layout.prose.right).toBeLessThan(layout.prose.left - layout.main.left);
      expect(layout.next.left).toBeLessThan(layout.previous.left);
      // A rising bar starts at zero and grows to the left.
      expect(layout.bar.right).toBeCloseTo(layout.zero.left + layout.zero.width / 2, -1);
    } finally {
      await page.close();
    }
  });

});
