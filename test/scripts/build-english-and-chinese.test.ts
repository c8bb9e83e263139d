import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { CHINESE_SLUG, ENGLISH_SLUG } from "../helpers/fixtures.ts";
import { readPage } from "../helpers/site.ts";
import { readPdf, type ReadPdf } from "../helpers/pdf.ts";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import { closeBrowser } from "../../src/base/launch-browser.ts";
import { serveFolder } from "../../src/base/serve-folder.ts";
import { openPage } from "../helpers/open-page.ts";
import { connectSharedBrowser, sharedSiteBuild } from "../helpers/shared-site.ts";
import { sharedSitePrefix } from "../helpers/site-in-chromium.ts";

const MINUS = "\u2212";

/** The axe rules whose outcome depends on colours, the only thing the colour scheme changes. */
const SCHEME_RULES = ["color-contrast", "link-in-text-block"];

/** Every id on a page, to check that none repeats. */
function ids(document: Document): string[] {
  return [...document.querySelectorAll("[id]")].map((element) => element.id);
}

// The fixtures site (test/shared-sites.ts) is built by npm run build from every fixture,
// English and Chinese among them, once for the whole run.
describe("npm run build with an English and a Chinese briefing in one site", () => {
  const build = sharedSiteBuild("fixtures");
  const output = build.dir;
  const englishPdf = path.join(output, ENGLISH_SLUG, `${ENGLISH_SLUG}.pdf`);
  const chinesePdf = path.join(output, CHINESE_SLUG, `${CHINESE_SLUG}.pdf`);
  let english: ReadPdf;
  let chinese: ReadPdf;

  beforeAll(async () => {
    if (build.status === 0) [english, chinese] = await Promise.all([readPdf(englishPdf), readPdf(chinesePdf)]);
  });

  it("builds both and prints both PDFs", () => {
    expect(build.status, build.stderr).toBe(0);
    for (const file of [englishPdf, chinesePdf]) expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    expect(english.pages).toBeGreaterThan(2);
    expect(chinese.pages).toBeGreaterThan(4);
  });

  it("numbers footnotes in the text and lists them at the section's end, each linked both ways", () => {
    const page = readPage(output, `${ENGLISH_SLUG}/throughput/index.html`);
    const refs = [...page.querySelectorAll(".prose .footnote-ref a")];
    expect(refs.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([["1", "#fn-throughput-1"]]);
    const notes = [...page.querySelectorAll(".prose .footnotes li")];
    expect(notes.map((li) => li.id)).toEqual(["fn-throughput-1"]);
    expect(notes[0]!.textContent).toContain("Throughput counts the goods both loaded and unloaded");
    expect(page.getElementById(refs[0]!.id)).toBe(refs[0]);
    expect(notes[0]!.querySelector("a.footnote-backref")?.getAttribute("href")).toBe(`#${refs[0]!.id}`);
    // The footnotes come last in the section's prose.
    expect(page.querySelector(".prose")!.lastElementChild?.className).toBe("footnotes");
  });

  it("keeps every id unique in the print edition, which shows both sections' footnotes on one page", () => {
    const print = readPage(output, `${ENGLISH_SLUG}/print/index.html`);
    const all = ids(print);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((id) => id.startsWith("fn-"))).toEqual(["fn-throughput-1", "fn-containers-1"]);
  });

  it("puts the table in a focusable, named scroll region with its caption", () => {
    const page = readPage(output, `${ENGLISH_SLUG}/containers/index.html`);
    const regions = [...page.querySelectorAll(".prose > div.table-scroll")];
    expect(regions).toHaveLength(1);
    const region = regions[0]!;
    expect([region.getAttribute("role"), region.getAttribute("tabindex")]).toEqual(["region", "0"]);
    const caption = region.querySelector("table > caption")!;
    expect(caption.textContent).toBe("Containers in 2023, by measure");
    expect(region.getAttribute("aria-labelledby")).toBe(caption.id);
    const rows = [...region.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows).toEqual([
      ["Twenty-foot equivalent units", "about 13.4 million TEU", `${MINUS}7.0%`],
      ["Weight of container cargo", "130.1 million tonnes", `${MINUS}6.8%`],
    ]);
  });

  it("draws the chart with falling bars left of zero and rising ones right of it, and cites the source under it", () => {
    const page = readPage(output, `${ENGLISH_SLUG}/throughput/index.html`);
    const chart = page.getElementById("chart-change-on-2022")!;
    const bars = [...chart.querySelectorAll("rect.chart__bar")];
    const zero = Number(chart.querySelector(".chart__zero-line")!.getAttribute("x1"));
    expect(bars.map((bar) => Number(bar.getAttribute("data-value")))).toEqual([-6.1, -11.8, -7, 1.9]);
    for (const bar of bars) {
      const x = Number(bar.getAttribute("x"));
      if (Number(bar.getAttribute("data-value")) < 0) expect(x + Number(bar.getAttribute("width"))).toBeCloseTo(zero, 1);
      else expect(x).toBeCloseTo(zero, 1);
    }
    expect([...chart.querySelectorAll(".chart__value")].map((text) => text.textContent)).toEqual([`${MINUS}6.1%`, `${MINUS}11.8%`, `${MINUS}7.0%`, "1.9%"]);
    expect(chart.querySelector(".chart__source")?.textContent).toBe("Source: Port of Rotterdam Authority, “Port of Rotterdam in full transition in 2023”, February 21, 2024");
    const chineseChart = readPage(output, `${CHINESE_SLUG}/export-mix/index.html`).querySelector("figure.chart")!;
    expect(chineseChart.querySelector(".chart__source")?.textContent).toBe("来源：国务院新闻办公室《国新办举行2023年全年进出口情况新闻发布会》，2024年1月12日");
  });

  it("shows figures at their scale and precision, coloured and spoken by whether the change is good news", () => {
    const cover = readPage(output, `${ENGLISH_SLUG}/index.html`);
    const card = (id: string) => cover.getElementById(`figure-${id}`)!;
    expect(card("total-throughput-2023").querySelector(".figure-card__value")?.textContent).toBe("438.8 million tonnes");
    expect(card("containers-teu-2023").querySelector(".figure-card__value")?.textContent).toBe("about 13.4 million TEU");
    const change = (id: string) => card(id).querySelector(".figure-card__change")!;
    expect(change("total-throughput-2023").getAttribute("class")).toContain("figure-card__change--bad");
    expect(change("total-throughput-2023").querySelector(".visually-hidden")?.textContent).toBe("down, unfavourable: ");
    expect(change("revenue-2023").getAttribute("class")).toContain("figure-card__change--good");
    expect(change("revenue-2023").querySelector(".visually-hidden")?.textContent).toBe("up, favourable: ");
    expect(change("coal-throughput-2023").getAttribute("class")).toContain("figure-card__change--neutral");
    expect(change("coal-throughput-2023").querySelector(".visually-hidden")?.textContent).toBe("down: ");
    expect(change("containers-teu-2023").textContent).toContain(`on 2022\u00a0${MINUS}7.0%`);
    const chineseCover = readPage(output, `${CHINESE_SLUG}/index.html`);
    expect(chineseCover.querySelector("#figure-car-exports .figure-card__value")?.textContent).toBe("522.1万辆");
    expect(chineseCover.querySelector("#figure-car-exports .figure-card__change")?.textContent).toBe("▲ 增长：同比+57.4%");
    expect(chineseCover.querySelector("#figure-imports .figure-card__change")?.textContent).toBe(`▼ 下降：同比${MINUS}0.3%`);
    const chineseFigures = readPage(output, `${CHINESE_SLUG}/figures/index.html`);
    expect(chineseFigures.querySelector("#figure-car-exports-2022 data")?.textContent).toBe("超300万辆");
  });

  it("lists each key figure once on the key-figures page, under the section that states it", () => {
    for (const slug of [ENGLISH_SLUG, CHINESE_SLUG]) {
      const page = readPage(output, `${slug}/figures/index.html`);
      const groups = [...page.querySelectorAll(".figures__group")];
      const listed = groups.flatMap((group) => [...group.querySelectorAll("tbody tr")].map((row) => row.id));
      expect(new Set(listed).size, slug).toBe(listed.length);
      const csv = parse(readFileSync(path.join(output, slug, "figures.csv"), "utf8"), { bom: true, columns: true }) as Record<string, string>[];
      expect(listed.length, slug).toBe(csv.length);
      for (const group of groups) {
        const section = group.querySelector("h2")!.id.replace(/^figures-/, "");
        const ids = [...group.querySelectorAll("tbody tr")].map((row) => row.id.replace(/^figure-/, ""));
        expect(ids, slug).toEqual(csv.filter((row) => row.section_id === section).map((row) => row.id));
      }
    }
  });

  it("keeps exact, plain machine numbers in the downloads, with the scale and precision beside them", () => {
    const rows = parse(readFileSync(path.join(output, ENGLISH_SLUG, "figures.csv"), "utf8"), { bom: true, columns: true }) as Record<string, string>[];
    const total = rows.find((row) => row.id === "total-throughput-2023")!;
    expect(total).toMatchObject({ value: "438800000", scale: "million", decimals: "1", display: "438.8 million tonnes", change_value: "-6.1", change_good: "up" });
    expect(rows.find((row) => row.id === "container-teu-change")).toMatchObject({ value: "-7", decimals: "1", display: `${MINUS}7.0%` });
    const json = JSON.parse(readFileSync(path.join(output, ENGLISH_SLUG, "figures.json"), "utf8"));
    expect(json.figures.find((figure: { id: string }) => figure.id === "containers-teu-2023")).toMatchObject({ value: 13_400_000, scale: "million", qualifier: "about" });
  });

  it("prints the footnotes, the table and the chart's values and source in the English PDF", () => {
    const text = english.text.join("");
    for (const expected of [
      "Throughputcountsthegoodsbothloadedandunloaded",
      "ATEU,ortwenty-footequivalentunit",
      "Containersin2023,bymeasure",
      "Twenty-footequivalentunits",
      `${MINUS}11.8%`,
      `${MINUS}7.0%`,
      "Source:PortofRotterdamAuthority",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain("[^");
    expect(chinese.text.join("")).toContain("来源：国务院新闻办公室《国新办举行2023年全年进出口情况新闻发布会》");
  });

  it("lays the English pages out within a 390 px phone, and axe finds nothing to fix in either colour scheme", async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const server = await serveFolder(output, sharedSitePrefix("fixtures"));
    const browser = await connectSharedBrowser();
    const problems: string[] = [];
    try {
      for (const section of ["", "throughput/", "containers/", "figures/"]) {
        const page = await browser.newPage();
        try {
          // axe is injected as an inline script, which the site's Content-Security-Policy forbids.
          await page.setBypassCSP(true);
          await page.setViewport({ width: 390, height: 844 });
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
          await openPage(page, `${server.url}${ENGLISH_SLUG}/${section}`);
          await page.addScriptTag({ content: axeSource });
          // The scheme changes colours only, never the layout: the width is measured once, every rule
          // runs in light, and in dark only the rules that read colours (as pages-in-chromium.test.ts does).
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 390) problems.push(`${section}: the page is ${width} px wide`);
          for (const scheme of ["light", "dark"] as const) {
            await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
            const rules = scheme === "light" ? undefined : SCHEME_RULES;
            const result = await page.evaluate((only) => (window as unknown as { axe: { run(options?: object): Promise<AxeResults> } }).axe.run(only ? { runOnly: { type: "rule", values: only } } : undefined), rules);
            for (const violation of result.violations) {
              problems.push(`${section} (${scheme}): ${violation.id} at ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
            }
          }
        } finally {
          await page.close();
        }
      }
    } finally {
      await closeBrowser(browser);
      await server.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
