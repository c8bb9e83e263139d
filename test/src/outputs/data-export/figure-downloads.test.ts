import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { formatFigure } from "../../../../src/render/format/format-figure.ts";
import { FIGURE_COLUMNS } from "../../../../src/outputs/data-export/figure-records.ts";
import type { RenderedBriefing as Briefing } from "../../../../src/render/briefing/rendered-briefing.ts";
import { readPage } from "../../../helpers/site.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";
import { renderedBriefings, wordsFor } from "../../../helpers/project.ts";
import { CHINESE_BRIEFINGS } from "../../../helpers/fixtures.ts";

const site = JSON.parse(readFileSync("_data/site.json", "utf8")) as { url: string };

describe("the figure downloads", () => {
  const out = sharedSite("chinese");
  let briefing: Briefing;

  beforeAll(() => {
    briefing = renderedBriefings(CHINESE_BRIEFINGS)[0]!;
  });

  it("publish the CSV as UTF-8 with a byte-order mark, one row per figure that round-trips to the data", () => {
    const bytes = readFileSync(path.join(out, briefing.slug, "figures.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(FIGURE_COLUMNS);
    expect(rows).toHaveLength(briefing.figures.length);
    rows.forEach((row, i) => {
      const figure = briefing.figures[i]!;
      const section = briefing.sections.find((s) => s.id === figure.sectionId)!;
      expect(row).toEqual({
        id: figure.id,
        label: figure.label,
        value: String(figure.value),
        decimals: figure.decimals === undefined ? "" : String(figure.decimals),
        scale: figure.scale ?? "",
        unit: figure.unit,
        qualifier: figure.qualifier ?? "",
        period: figure.period,
        kind: figure.kind,
        display: formatFigure(figure, briefing.language, wordsFor(briefing.language)),
        change_value: figure.change ? String(figure.change.value) : "",
        change_unit: figure.change?.unit ?? "",
        change_basis: figure.change?.basis ?? "",
        change_good: figure.change?.good ?? "",
        section_id: section.id,
        section_title: section.title,
        source_url: new URL(figure.url, site.url).href,
      });
    });
  });

  it("write qualifiers as their meaning, not as the Chinese character the data used", () => {
    const rows = parse(readFileSync(path.join(out, briefing.slug, "figures.csv"), "utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.id === "h1-belt-and-road-growth")).toMatchObject({ qualifier: "nearly", display: "近10%" });
    expect(rows.find((row) => row.id === "h1-increase")).toMatchObject({ qualifier: "more-than", display: "4000余亿元" });
    expect(rows.find((row) => row.id === "car-exports-2022")).toMatchObject({ qualifier: "over", value: "3000000", display: "超300万辆" });
    expect(rows.find((row) => row.id === "export-market-share")).toMatchObject({ qualifier: "about", display: "约14%" });
  });

  it("link each CSV row to a paragraph that exists and states the figure", () => {
    const rows = parse(readFileSync(path.join(out, briefing.slug, "figures.csv"), "utf8"), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of rows) {
      const url = new URL(row.source_url!);
      const page = readPage(out, `${url.pathname.slice(1)}index.html`);
      const paragraph = page.getElementById(url.hash.slice(1));
      expect(paragraph?.querySelector(`data[data-figure="${row.id}"]`), row.id).not.toBeNull();
    }
  });

  it("publish the JSON with every figure, and every chart with its derived values marked", () => {
    const json = JSON.parse(readFileSync(path.join(out, briefing.slug, "figures.json"), "utf8"));
    expect(json.briefing).toMatchObject({ slug: briefing.slug, title: briefing.title });
    expect(json.figures.map((f: { id: string; value: number }) => [f.id, f.value])).toEqual(briefing.figures.map((f) => [f.id, f.value]));
    const cars = json.charts.find((c: { id: string }) => c.id === "car-exports-2022-2023");
    expect(cars.points).toEqual([
      expect.objectContaining({ value: 5_221_000 / 1.574, display: "331.7万辆", figure: null, derived: expect.objectContaining({ from: "car-exports", divideBy: 1.574 }) }),
      expect.objectContaining({ value: 5_221_000, display: "522.1万辆", figure: "car-exports", derived: null }),
    ]);
  });

  it("are linked from the key-figures page, which also lists every chart", () => {
    const page = readPage(out, `${briefing.slug}/figures/index.html`);
    const hrefs = [...page.querySelectorAll(".figures__downloads a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([`/${briefing.slug}/figures.csv`, `/${briefing.slug}/figures.json`]);
    expect([...page.querySelectorAll(".figures__charts a")].map((a) => a.getAttribute("href"))).toEqual(briefing.charts.map((c) => c.url));
  });
});
