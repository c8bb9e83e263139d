import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { shareImagePath } from "../../../../src/content/paths/share-paths.ts";
import { pngSize } from "../../../helpers/png.ts";
import { closeBrowser } from "../../../../src/base/launch-browser.ts";
import { connectSharedBrowser, sharedSite } from "../../../helpers/shared-site.ts";
import { fileForUrl, readPage } from "../../../helpers/site.ts";

const SITE = "https://example.org";
/** Pages every edition has, relative to its cover. */
const PAGES = ["", "figures/", "updates/", "about/"];

// The editions site (test/shared-sites.ts): one briefing in Chinese and in its other languages.
describe("a share image per edition", () => {
  const out = sharedSite("editions");
  const briefing = loadBriefings(path.resolve("test/fixtures/editions")).find((b) => b.slug === "goods-trade-2023")!;
  const editions = [briefing, ...briefing.editions];

  it("gives each edition its own 1200×630 card, different from the others'", () => {
    expect(shareImagePath(briefing)).toBe(`/${briefing.slug}/share.png`);
    expect(shareImagePath(briefing.editions[0]!)).toBe(`/${briefing.slug}/${briefing.editions[0]!.edition}/share.png`);
    const images = editions.map((edition) => readFileSync(path.join(out, shareImagePath(edition))));
    for (const edition of editions) expect(pngSize(path.join(out, shareImagePath(edition)))).toEqual({ width: 1200, height: 630 });
    expect(new Set(images.map((image) => image.toString("base64"))).size).toBe(editions.length);
  });

  it("shares that card from every page of the edition, described in the edition's language", () => {
    for (const edition of editions) {
      for (const relative of [...PAGES, ...edition.sections.map((section) => `${section.id}/`)]) {
        const url = `${edition.url}${relative}`;
        const page = readPage(out, fileForUrl(out, url)!);
        const meta = (property: string) => page.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content");
        expect(meta("og:image"), url).toBe(`${SITE}${shareImagePath(edition)}`);
        expect(meta("twitter:image"), url).toBe(`${SITE}${shareImagePath(edition)}`);
        expect(meta("og:image:alt"), url).toContain(edition.title);
      }
      // Each edition's topics in its language: the English card's are English.
      const cover = readPage(out, fileForUrl(out, edition.url)!);
      expect([...cover.querySelectorAll('meta[property="article:tag"]')].map((tag) => tag.getAttribute("content")), edition.url).toEqual(edition.tags);
    }
    expect(briefing.editions[0]!.tags).toEqual(["Foreign trade", "Customs statistics", "Belt and Road"]);
  });

  it("draws every edition's card, the right-to-left Arabic one included, not a blank page", async () => {
    const three = loadBriefings(path.resolve("test/fixtures/editions")).find((b) => b.slug === "dxb-passengers-2023-editions")!;
    const browser = await connectSharedBrowser();
    const page = await browser.newPage();
    try {
      for (const edition of [...editions, three, ...three.editions]) {
        const png = readFileSync(path.join(out, shareImagePath(edition))).toString("base64");
        // The share of the card below its top bar drawn in dark ink (title, figure, words): a
        // blank card has none.
        const inked = await page.evaluate(async (data) => {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const canvas = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height });
          const context = canvas.getContext("2d")!;
          context.drawImage(image, 0, 0);
          const { data: pixels } = context.getImageData(0, 40, image.width, image.height - 40);
          let dark = 0;
          for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 300) dark++;
          return dark / (pixels.length / 4);
        }, png);
        expect(inked, edition.url).toBeGreaterThan(0.01);
      }
    } finally {
      await page.close();
      await closeBrowser(browser);
    }
  });
});
