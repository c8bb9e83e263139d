import { readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { ContentError } from "../../../../src/base/content-error.ts";
import { brokenBriefings } from "../../../helpers/fixtures.ts";
import { renderedBriefings } from "../../../helpers/project.ts";

/** A chart over the English fixture's figures, appended to its briefing.yaml. */
const CHART = `charts:
  - id: port-use
    title: Port use
    series:
      - figure: berths
      - label: Berths per quarter
        derived: { from: berths, divideBy: 4, note: An illustration of the syntax only. }
`;
const PLACED = (text: string) => `${text}\n{% chart "port-use" %}\n`;

/** Loads the fixture with edits; returns the briefing, or the ContentError it raised. */
function load(edit: Parameters<typeof brokenBriefings>[0]) {
  const dir = brokenBriefings(edit);
  try {
    return { briefing: renderedBriefings(dir)[0]! };
  } catch (error) {
    if (error instanceof ContentError) return { error };
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the {% chart %} block", () => {
  it("places the chart's figure where the prose puts it, in English words for an English briefing", () => {
    const { briefing } = load({ "briefing.yaml": (t) => t + CHART, "sections/01-traffic.md": PLACED });
    const section = briefing!.sections[0]!;
    const { document } = parseHTML(`<body>${section.html}</body>`);
    const figure = document.querySelector("figure.chart#chart-port-use")!;
    expect(figure.previousElementSibling?.tagName).toBe("UL");
    expect(figure.querySelectorAll("rect.chart__bar")).toHaveLength(2);
    expect(figure.querySelector("rect[data-derived] title")?.textContent).toBe("Berths per quarter: 3.5 berths (derived)");
    expect(figure.querySelector(".chart__note")?.textContent).toContain("14 berths ÷ 4 = 3.5 berths");
    expect(figure.querySelector("summary")?.textContent).toBe("Show the data");
    expect(briefing!.charts[0]).toMatchObject({ id: "port-use", sectionId: "traffic", url: "/trade-note/traffic/#chart-port-use" });
    // A chart is not a paragraph: the ids that figures link to stay as they were.
    expect([...document.querySelectorAll("p[id], li[id]")].map((el) => el.id)).toEqual(["traffic-p1", "traffic-li1"]);
  });

  it("stops the build on an unknown chart id, naming the section file and line", () => {
    const { error } = load({ "briefing.yaml": (t) => t + CHART, "sections/01-traffic.md": (t) => PLACED(t).replace('"port-use"', '"port-usage"') });
    const problem = error!.problems.find((p) => p.message.includes('"port-usage"'));
    const text = PLACED(readFileSync("test/fixtures/valid/trade-note/sections/01-traffic.md", "utf8"));
    const line = text.split("\n").findIndex((l) => l.includes("port-use")) + 1;
    expect(problem).toMatchObject({ file: expect.stringMatching(/01-traffic\.md$/), line });
    expect(problem?.message).toMatch(/there is no chart with id "port-usage"/);
  });

  it("stops the build on an unknown figure id in a chart, naming briefing.yaml, the line and the field", () => {
    const { error } = load({ "briefing.yaml": (t) => t + CHART.replace("figure: berths", "figure: berth"), "sections/01-traffic.md": PLACED });
    expect(error!.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/trade-note\/briefing\.yaml$/), line: 45, field: "charts[0].series[0].figure" }),
    ]);
    expect(error!.message).toMatch(/there is no key figure with id "berth"/);
  });

  it("requires every chart to be placed in the prose", () => {
    const { error } = load({ "briefing.yaml": (t) => t + CHART });
    expect(error!.message).toMatch(/charts\[0\]\.id: chart "port-use" is not placed in any section/);
  });

  it("refuses a chart written inside a sentence", () => {
    const { error } = load({ "briefing.yaml": (t) => t + CHART, "sections/01-traffic.md": (t) => t.replace("in the first quarter.", 'in the first quarter {% chart "port-use" %}.') });
    expect(error!.message).toMatch(/01-traffic\.md:6: put \{% chart "port-use" %\} on a line of its own/);
  });

  it("refuses a declared total that the bars do not add up to", () => {
    const withTotal = CHART.replace("    title: Port use\n", "    title: Port use\n    total: containers\n").replace(/ {6}- label: Berths per quarter\n.*\n/, "");
    const { error } = load({ "briefing.yaml": (t) => t + withTotal, "sections/01-traffic.md": PLACED });
    // The total carries 近 (nearly), so it need not add up exactly …
    expect(error).toBeUndefined();
    const exact = withTotal.replace("total: containers", "total: opened");
    const { error: mismatch } = load({ "briefing.yaml": (t) => t + exact, "sections/01-traffic.md": PLACED });
    // … but an exact one must.
    expect(mismatch!.message).toMatch(/charts\[0\]\.total: the bars add up to 14, but figure "opened" is 1998/);
  });

  it("refuses bars of different units in one chart", () => {
    const mixed = CHART.replace(/ {6}- label: Berths per quarter\n.*\n/, "      - figure: containers\n");
    const { error } = load({ "briefing.yaml": (t) => t + mixed, "sections/01-traffic.md": PLACED });
    expect(error!.message).toMatch(/charts\[0\]\.series\[1\]: its unit "TEU" differs from "berths"/);
  });
});
