import { beforeAll, describe, expect, it } from "vitest";
import { readSettings } from "../../../src/content/settings/settings.ts";
import { browsedPages } from "../../helpers/site.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";
import { openPage } from "../../helpers/open-page.ts";

describe("the built pages in Chromium", () => {
  const site = useSiteInChromium("chinese");
  let pages: string[];

  beforeAll(() => {
    pages = browsedPages(site.out).filter((file) => file.endsWith("index.html"));
  });

  // Each page is loaded once and then looked at in every view: a new width or colour scheme
  // restyles and lays the page out again, as a fresh load at that size and scheme would.
  const VIEWS = [320, 390, 1280].flatMap((width) => (["light", "dark"] as const).map((scheme) => ({ width, scheme })));

  it(`fit ${VIEWS.map((v) => `${v.width} px ${v.scheme}`).join(", ")}, load only from loopback and draw text in the theme's CJK fonts`, async () => {
    const theme = readSettings().theme;
    const problems: string[] = [];
    // One tab, taken from page to page: a request to another host is recorded (and, with no
    // network here, would fail anyway) rather than intercepted, which held up every font file
    // of every page for a round trip to the test.
    const page = await site.browser.newPage();
    let file = "";
    try {
      page.on("request", (request) => {
        if (new URL(request.url()).hostname !== "127.0.0.1" && !request.url().startsWith("data:")) problems.push(`${file}: request to ${request.url()}`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400) problems.push(`${file}: ${response.status()} ${response.url()}`);
      });
      page.on("pageerror", (error) => problems.push(`${file}: ${String(error)}`));
      for (file of pages) {
        await page.setViewport({ width: VIEWS[0]!.width, height: 800 });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: VIEWS[0]!.scheme }]);
        await openPage(page, site.server.url + file.replace(/index\.html$/, ""));
        for (const { width, scheme } of VIEWS) {
          await page.setViewport({ width, height: 800 });
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
          const result = await page.evaluate(async (families: string[]) => {
            await document.fonts.ready;
            const loaded = new Set([...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, "")));
            const background = getComputedStyle(document.documentElement).backgroundColor;
            return {
              innerWidth: window.innerWidth,
              overflow: document.documentElement.scrollWidth - window.innerWidth,
              missingFonts: families.filter((family) => !loaded.has(family)),
              background,
            };
          }, [theme.fonts.body.cjk.family, theme.fonts.heading.cjk.family]);
          const view = `${file} at ${width} px, ${scheme}`;
          if (result.innerWidth !== width) problems.push(`${view}: the window is ${result.innerWidth} px wide`);
          if (result.overflow > 0) problems.push(`${view}: ${result.overflow}px wider than the ${width}px screen`);
          if (result.missingFonts.length) problems.push(`${view}: fonts not loaded: ${result.missingFonts.join(", ")}`);
          const expected = hexToRgb(theme[scheme].background);
          if (result.background !== expected) problems.push(`${view}: background ${result.background}, expected ${expected}`);
        }
      }
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
