import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { openPage } from "../../../helpers/open-page.ts";
import { pdfFonts } from "../../../helpers/pdf.ts";
import { useSiteInChromium } from "../../../helpers/site-in-chromium.ts";

// The Arabic and Japanese fixtures (test/fixtures/languages/), built on their own with PDFs.
const FIXTURES = [
  { slug: "dxb-passengers-2023", lang: "ar", dir: "rtl", script: "arabic", section: "traffic" },
  { slug: "jnto-visitors-2023", lang: "ja-JP", dir: "ltr", script: "japanese", section: "total" },
] as const;

/** The pages of each briefing looked at, by their path under the briefing. */
const PAGES = (section: string) => ["", `${section}/`, "figures/", "updates/", "print/"];

/** What one page showed. */
interface Seen {
  lang: string;
  dir: string;
  /** The first font family of each element asked for, by name. */
  families: Record<string, string>;
  /** The families of the fonts it loaded. */
  loaded: string[];
  /** Each change (figure card, figures table) with a digit, and whether its number is isolated left to right. */
  changes: { text: string; isolated: boolean }[];
  /** The page's boxes, for the mirrored layout (section pages only). */
  layout?: Layout;
}

interface Box {
  left: number;
  right: number;
  width: number;
}

interface Layout {
  main: Box;
  prose: Box;
  next: Box;
  previous: Box;
  bar: Box;
  zero: Box;
}

/** Elements whose font the tests read, by name: those on the page are measured. */
const FONT_OF = { prose: ".prose p:not([class])", inlineFigure: ".prose p:not([class]) data.figure-ref", heading: "h1", card: ".figure-card__value" };

describe("each script in its own type and direction, in Chromium", () => {
  const site = useSiteInChromium("scripts");
  const theme = readSettings().theme;
  /** Every page looked at, by its path from the site's root. */
  const seen = new Map<string, Seen>();

  // Each page of both briefings is opened once, at 1280 px, and everything the tests below read
  // is taken from it then (direction, fonts, isolation and layout do not depend on one another).
  beforeAll(async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      for (const fixture of FIXTURES) {
        for (const url of PAGES(fixture.section)) {
          await openPage(page, `${site.server.url}${fixture.slug}/${url}`);
          const found = await page.evaluate(
            async (wanted: Record<string, string>, isSection: boolean) => {
              await document.fonts.ready;
              const first = (element: Element) => getComputedStyle(element).fontFamily.split(",")[0]!.trim().replace(/"/g, "");
              const families: Record<string, string> = {};
              for (const [name, selector] of Object.entries(wanted)) {
                const element = document.querySelector(selector);
                if (element) families[name] = first(element);
              }
              const loaded = [...new Set([...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family.replace(/"/g, "")))];
              const changes = [...document.querySelectorAll(".figure-card__change, .figures-table td:last-child")]
                .filter((cell) => /\d/.test(cell.textContent ?? ""))
                .map((cell) => ({ text: cell.textContent!.trim(), isolated: [...cell.querySelectorAll("bdi[dir=ltr]")].some((bdi) => /^[+\u2212-]?[\d.,]+%$/.test(bdi.textContent!.trim())) }));
              // DOMRects do not cross from the page; plain numbers do.
              const plain = (element: Element) => {
                const { left, right, width } = element.getBoundingClientRect();
                return { left, right, width };
              };
              const box = (selector: string) => plain(document.querySelector(selector)!);
              const rising = [...document.querySelectorAll<SVGRectElement>("rect.chart__bar")].find((rect) => Number(rect.dataset.value) > 0);
              const layout = isSection && rising
                ? { main: box("main"), prose: box(".prose p:not([class])"), next: box(".pager__link--next"), previous: box(".pager__link--previous"), bar: plain(rising), zero: box(".chart__zero-line") }
                : undefined;
              return { lang: document.documentElement.lang, dir: document.documentElement.dir, families, loaded, changes, layout };
            },
            FONT_OF,
            url === `${fixture.section}/`,
          );
          seen.set(`${fixture.slug}/${url}`, found);
        }
      }
    } finally {
      await page.close();
    }
  });

  for (const fixture of FIXTURES) {
    const body = theme.fonts.body[fixture.script]!.family;
    const heading = theme.fonts.heading[fixture.script]!.family;

    it(`sets lang="${fixture.lang}" and dir="${fixture.dir}" on every page of the ${fixture.lang} briefing, print edition included`, () => {
      for (const url of PAGES(fixture.section)) {
        const page = seen.get(`${fixture.slug}/${url}`)!;
        expect({ lang: page.lang, dir: page.dir }, url || "cover").toEqual({ lang: fixture.lang, dir: fixture.dir });
      }
    });

    it(`draws the ${fixture.lang} body text in ${body} its figures in prose too, and its key figures in ${heading}, the fonts it loaded`, () => {
      const section = seen.get(`${fixture.slug}/${fixture.section}/`)!;
      expect(section.families.prose).toBe(body);
      expect(section.families.inlineFigure).toBe(body);
      expect(section.families.heading).toBe(heading);
      expect(section.loaded).toContain(body);
      expect(section.loaded).toContain(heading);
      // The cover's key figures are cards, their values set in the heading font.
      const cover = seen.get(`${fixture.slug}/`)!;
      expect(cover.families.card).toBe(heading);
      // Japanese in Japanese forms: never the Simplified Chinese font first.
      expect([section.families.prose, section.families.heading, cover.families.card].filter((family) => / SC$/.test(family ?? ""))).toEqual([]);
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

  it("keeps each change's sign and percent with its number on the Arabic pages: every change on the cover and the figures page is isolated left to right", () => {
    const unisolated: string[] = [];
    for (const url of ["dxb-passengers-2023/", "dxb-passengers-2023/figures/"]) {
      const changes = seen.get(url)!.changes;
      expect(changes.length, url).toBeGreaterThan(0);
      unisolated.push(...changes.filter((change) => !change.isolated).map((change) => `${url}: ${change.text}`));
    }
    expect(unisolated).toEqual([]);
  });

  it("puts the Arabic PDF's text layer in logical order, so خلال is found and copied as written", () => {
    const text = execFileSync("pdftotext", [path.join(site.out, "dxb-passengers-2023", "dxb-passengers-2023.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("خلال");
    expect(text).not.toContain("خالل");
    expect(text).toContain("مطار دبي الدولي");
  });

  it("mirrors the Arabic pages: the prose starts at the right, the pager's next link sits on the left, charts grow from the right", () => {
    const layout = seen.get("dxb-passengers-2023/traffic/")!.layout!;
    expect(layout).toBeDefined();
    expect(layout.main.right - layout.prose.right).toBeLessThan(layout.prose.left - layout.main.left);
    expect(layout.next.left).toBeLessThan(layout.previous.left);
    // A rising bar starts at zero and grows to the left.
    expect(layout.bar.right).toBeCloseTo(layout.zero.left + layout.zero.width / 2, -1);
  });

});
