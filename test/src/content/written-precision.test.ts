import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { formatChange, formatFigure } from "../../../src/render/format/format-figure.ts";
import { brokenBriefings, ENGLISH_BRIEFINGS } from "../../helpers/fixtures.ts";
import { wordsFor } from "../../helpers/project.ts";

/** Loads the test briefing with its containers figure rewritten. */
function containersWith(figureYaml: (text: string) => string) {
  const dir = brokenBriefings({ "briefing.yaml": figureYaml });
  try {
    return loadBriefings(dir)[0]!.figures.find((figure) => figure.id === "containers")!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("applyWrittenPrecision", () => {
  it("keeps the decimals a change is written with, although YAML reads -7.0 as -7", () => {
    const figure = containersWith((text) => text.replace("value: -3.5", "value: -7.0"));
    expect(figure.change).toMatchObject({ value: -7, decimals: 1 });
    expect(formatChange(figure.change!, "en")).toBe("year on year\u00a0\u22127.0%");
  });

  it("keeps the decimals a figure's value is written with, trailing zeros included", () => {
    const figure = containersWith((text) => text.replace("value: 12000", "value: 12000.50"));
    expect(figure).toMatchObject({ value: 12000.5, decimals: 2 });
    expect(formatFigure(figure, "en", wordsFor("en"))).toBe("nearly 12,000.50 TEU");
  });

  it("lets an explicit decimals: win over how the number is written", () => {
    const figure = containersWith((text) => text.replace("value: 12000\n", "value: 12000\n    decimals: 1\n"));
    expect(formatFigure(figure, "en", wordsFor("en"))).toBe("nearly 12,000.0 TEU");
  });

  it("leaves whole numbers without decimals", () => {
    const figure = containersWith((text) => text);
    expect(figure.decimals).toBeUndefined();
  });

  it("gives the English fixture's −7.0% its written precision", () => {
    const [briefing] = loadBriefings(ENGLISH_BRIEFINGS);
    const change = briefing!.figures.find((figure) => figure.id === "container-teu-change")!;
    expect(formatFigure(change, "en", wordsFor("en"))).toBe("\u22127.0%");
  });
});
