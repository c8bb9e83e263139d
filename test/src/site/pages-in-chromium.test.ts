import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import { readSettings } from "../../../src/content/settings/settings.ts";
import { PHRASE_CLASS } from "../../../src/render/html/phrase-breaks.ts";
import { linesOf, type SetLines } from "../../helpers/lines-of.ts";
import { openPage } from "../../helpers/open-page.ts";
import { listFiles } from "../../helpers/site.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";

// Every page of the Chinese site is opened once, in one tab, and everything below is looked at
// while it is open: a new width or colour scheme restyles the page and lays it out again, as a
// fresh load at that size and scheme would. Four files each opening every page (some four
// times) took a fifth of the suite's Chromium time; each property still has its own test,
// whose failure names the page, the view and what is wrong.

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The axe rules whose outcome depends on colours, the only thing the colour scheme changes. */
const SCHEME_RULES = ["color-contrast", "link-in-text-block"];

const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];

/** The widths every page is looked at in, each in both schemes. */
const WIDTHS = [320, 390, 1280] as const;

/** The window axe runs in: Puppeteer's default, where the accessibility test has always run. */
const AXE_VIEWPORT = { width: 800, height: 600 };

/** Widths at which no line of a heading, label or card may hold a single Han character. */
const PHRASE_WIDTHS = [320, 390];

/** Widths at which no paragraph may end on a line of one character. */
const PARAGRAPH_WIDTHS = [390, 1280];

/**
 * Every block of running text a reader sees, but none that holds other blocks (a list item of
 * paragraphs), nor the headers of tables that phones show as stacked rows (there, a 1 px box
 * kept for screen readers).
 */
const PARAGRAPHS = "main :is(p, li, dd, dt, caption, figcaption, blockquote, td, th):not(:has(p, li, table)):not(:is(.figures-table, .chart-table) thead th)";

/** What one view (width and scheme) of a page showed. */
interface View {
  width: number;
  scheme: Scheme;
  innerWidth: number;
  overflow: number;
  missingFonts: string[];
  background: string;
}

/** What was seen of one page while it was open. */
interface PageSeen {
  file: string;
  /** A page readers browse (not the print edition) with a folder of its own (not 404.html). */
  browsedIndex: boolean;
  views: View[];
  /** Phrase-wrapped headings, labels and cards, by width. */
  phrases: Map<number, SetLines[]>;
  /** Running text, by width (browsed pages only). */
  paragraphs: Map<number, SetLines[]>;
  /** Requests to other hosts, answers of 400 or more, script errors. */
  loading: string[];
  /** Violations the page's document reported, and Chromium's console messages about the policy. */
  policy: string[];
  /** axe-core's violations, by scheme (browsed pages only). */
  axe: string[];
}

/** Lets a restyled page settle: fonts the new layout asks for loaded, and the layout done. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
  });
}

describe("the Chinese site's pages in Chromium, each opened once", () => {
  const site = useSiteInChromium("chinese");
  const theme = readSettings().theme;
  const seen: PageSeen[] = [];
  let probe: { caught: string[]; reported: string[] };

  beforeAll(async () => {
    // Every HTML page, the print edition and 404 included.
    const files = listFiles(site.out).filter((file) => file.endsWith(".html"));
    const page = await site.browser.newPage();
    let current: PageSeen | undefined;
    let consoleReported: string[] = [];
    try {
      await page.evaluateOnNewDocument(() => {
        const found: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = found;
        document.addEventListener("securitypolicyviolation", (event) => found.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      // A request to another host is recorded (and, with no network here, would fail anyway)
      // rather than intercepted, which held up every font file for a round trip to the test.
      page.on("request", (request) => {
        if (new URL(request.url()).hostname !== "127.0.0.1" && !request.url().startsWith("data:")) current?.loading.push(`request to ${request.url()}`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400) current?.loading.push(`${response.status()} ${response.url()}`);
      });
      page.on("pageerror", (error) => current?.loading.push(String(error)));
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) consoleReported.push(message.text());
      });

      for (const file of files) {
        const isPrint = file.endsWith("/print/index.html");
        current = { file, browsedIndex: !isPrint && file.endsWith("index.html"), views: [], phrases: new Map(), paragraphs: new Map(), loading: [], policy: [], axe: [] };
        consoleReported = [];
        seen.push(current);
        await page.setViewport({ width: WIDTHS[0], height: 800 });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: SCHEMES[0] }]);
        await openPage(page, site.server.url + file.replace(/index\.html$/, ""));
        for (const width of WIDTHS) {
          for (const scheme of SCHEMES) {
            await page.setViewport({ width, height: 800 });
            await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
            await settle(page);
            if (current.browsedIndex) {
              const result = await page.evaluate(
                (families: string[]) => {
                  const loaded = new Set([...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, "")));
                  return {
                    innerWidth: window.innerWidth,
                    overflow: document.documentElement.scrollWidth - window.innerWidth,
                    missingFonts: families.filter((family) => !loaded.has(family)),
                    background: getComputedStyle(document.documentElement).backgroundColor,
                  };
                },
                [theme.fonts.body.cjk.family, theme.fonts.heading.cjk.family],
              );
              current.views.push({ width, scheme, ...result });
            }
            if (scheme !== "light") continue;
            if (PHRASE_WIDTHS.includes(width)) current.phrases.set(width, await page.evaluate(linesOf, `.${PHRASE_CLASS}`));
            if (!isPrint && PARAGRAPH_WIDTHS.includes(width)) current.paragraphs.set(width, await page.evaluate(linesOf, PARAGRAPHS));
          }
        }
        const caught = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
        current.policy.push(...caught, ...consoleReported);
        if (current.browsedIndex) {
          // Evaluated through DevTools, which the page's policy does not govern, so the page keeps
          // its policy for everything else (an injected <script> tag would need it bypassed).
          await page.setViewport(AXE_VIEWPORT);
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
          await settle(page);
          await page.evaluate(axeSource);
          for (const scheme of SCHEMES) {
            await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
            // Switching the scheme changes colours only: the dark run asks the rules that read
            // colours, the light run every rule (names, roles, structure are the same in both).
            const rules = scheme === "light" ? undefined : SCHEME_RULES;
            const result = await page.evaluate((only) => (window as unknown as { axe: { run(options?: object): Promise<AxeResults> } }).axe.run(only ? { runOnly: { type: "rule", values: only } } : undefined), rules);
            for (const violation of result.violations) {
              current.axe.push(`${scheme}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
            }
          }
        }
      }

      // A control: something the policy forbids must be reported, or the listener proves nothing.
      current = undefined;
      consoleReported = [];
      await page.setViewport(AXE_VIEWPORT);
      await openPage(page, site.server.url + "404.html");
      const reported = new Promise<void>((resolve) => page.on("console", (message) => /Content Security Policy/i.test(message.text()) && resolve()));
      const caught = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            document.addEventListener("securitypolicyviolation", () => resolve((window as unknown as { cspViolations: string[] }).cspViolations), { once: true });
            const style = document.createElement("style");
            style.textContent = "body { color: red }";
            document.head.append(style);
          }),
      );
      await reported;
      probe = { caught, reported: consoleReported };
    } finally {
      await page.close();
    }
  });

  /** One line per problem, each naming its page. */
  const problems = (find: (page: PageSeen) => string[]) => seen.flatMap((page) => find(page).map((problem) => `${page.file}: ${problem}`));
  const views = (page: PageSeen) => page.views.map((view) => ({ ...view, name: `at ${view.width} px, ${view.scheme}` }));

  it("opens every page, the print edition and 404 included, and looks at the browsed ones in every width and scheme", () => {
    expect(seen.length).toBeGreaterThan(8);
    expect(seen.map((page) => page.file)).toEqual(expect.arrayContaining(["404.html", expect.stringMatching(/\/print\/index\.html$/)]));
    for (const page of seen.filter((p) => p.browsedIndex)) expect(page.views, page.file).toHaveLength(WIDTHS.length * SCHEMES.length);
  });

  describe("the Content-Security-Policy", () => {
    it("is enforced by Chromium: a style the page adds is refused and reported", () => {
      expect(probe.caught.some((v) => v.startsWith("style-src"))).toBe(true);
      expect(probe.reported).toHaveLength(1);
    });

    it("is broken by no page", () => {
      expect(problems((page) => page.policy)).toEqual([]);
    });
  });

  describe(`fit ${WIDTHS.join(", ")} px in the light and dark schemes`, () => {
    it("without running off the screen", () => {
      expect(problems((page) => views(page).flatMap((v) => [...(v.innerWidth !== v.width ? [`${v.name}: the window is ${v.innerWidth} px wide`] : []), ...(v.overflow > 0 ? [`${v.name}: ${v.overflow}px wider than the ${v.width}px screen`] : [])]))).toEqual([]);
    });

    it("drawing text in the theme's CJK fonts", () => {
      expect(problems((page) => views(page).flatMap((v) => (v.missingFonts.length ? [`${v.name}: fonts not loaded: ${v.missingFonts.join(", ")}`] : [])))).toEqual([]);
    });

    it("on the scheme's background", () => {
      expect(problems((page) => views(page).flatMap((v) => (v.background !== hexToRgb(theme[v.scheme].background) ? [`${v.name}: background ${v.background}, expected ${hexToRgb(theme[v.scheme].background)}`] : [])))).toEqual([]);
    });
  });

  it("load only from loopback, every request answered, no script error", () => {
    expect(problems((page) => page.loading)).toEqual([]);
  });

  it("have no accessibility violations in the light or the dark scheme, colour contrast included (axe-core)", () => {
    expect(seen.filter((page) => page.browsedIndex).length).toBeGreaterThan(8);
    expect(problems((page) => page.axe)).toEqual([]);
  });

  describe("phrase breaks", () => {
    for (const width of PHRASE_WIDTHS) {
      it(`leave no line of a Chinese heading, label or card holding a single Han character at ${width} px`, () => {
        const elements = seen.flatMap((page) => page.phrases.get(width) ?? []);
        expect(elements.length).toBeGreaterThan(100);
        const stranded = elements.filter((element) => element.lines.some((line) => /^\s*\p{Script=Han}\s*$/u.test(line)));
        expect(stranded.map((element) => `${element.page} ${element.element}: "${element.lines.join(" / ")}"`)).toEqual([]);
      });
    }

    for (const width of PARAGRAPH_WIDTHS) {
      it(`end no Chinese paragraph, caption or cell on a line of one character (明显提|升。) at ${width} px`, () => {
        const blocks = seen.flatMap((page) => page.paragraphs.get(width) ?? []).filter((block) => /\p{Script=Han}/u.test(block.lines.join("")));
        expect(blocks.length).toBeGreaterThan(200);
        const stranded = blocks.filter((block) => block.lines.length > 1 && /^\p{Script=Han}$/u.test((block.lines.at(-1) ?? "").replace(/[\s\p{P}\p{S}]/gu, "")));
        expect(stranded.map((block) => `${block.page} ${block.element}: "${block.lines.join(" / ")}"`)).toEqual([]);
      });
    }
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
