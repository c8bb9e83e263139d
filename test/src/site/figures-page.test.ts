import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { RESERVED_SECTION_NAMES } from "../../../src/content/load-sections.ts";
import type { Briefing } from "../../../src/content/briefing.ts";
import { readPage } from "../../helpers/site.ts";
import { VALID_BRIEFINGS } from "../../helpers/fixtures.ts";
import { sharedSite } from "../../helpers/shared-site.ts";

describe("the key-figures page", () => {
  // The English site (test/shared-sites.ts): the test briefing, built once for the run.
  const out = sharedSite("english");
  let briefing: Briefing;
  let document: Document;

  beforeAll(() => {
    [briefing] = loadBriefings(VALID_BRIEFINGS) as [Briefing];
    document = readPage(out, "trade-note/figures/index.html");
  });

  it("lists each figure exactly once, under the section that states it, in the data's order", () => {
    const groups = [...document.querySelectorAll("section.figures__group")].map((group) => ({
      heading: group.querySelector("h2")?.id,
      rows: [...group.querySelectorAll("tbody tr")].map((row) => row.id),
    }));
    expect(groups).toEqual([
      { heading: "figures-traffic", rows: ["figure-containers", "figure-berths"] },
      { heading: "figures-history", rows: ["figure-opened"] },
    ]);
    const rows = [...document.querySelectorAll("tbody tr")].map((row) => row.id);
    expect(rows).toHaveLength(briefing.figures.length);
    expect(new Set(rows).size).toBe(briefing.figures.length);
  });

  it("shows no column that is blank in every row: a section whose figures have no change has no change column", () => {
    const blank: string[] = [];
    for (const table of document.querySelectorAll("table.figures-table")) {
      const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
      const rows = [...table.querySelectorAll("tbody tr")].map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim()));
      headers.forEach((header, column) => {
        if (rows.every((cells) => cells[column] === "")) blank.push(`${table.closest("section")?.querySelector("h2")?.id}: ${header}`);
      });
      expect(table.querySelectorAll("col").length, "a col for each column").toBe(headers.length);
    }
    expect(document.querySelectorAll("table.figures-table").length).toBeGreaterThan(1);
    expect(blank).toEqual([]);
  });

  it("gives no two elements the same id", () => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(ids.length).toBeGreaterThan(5);
    expect(repeated).toEqual([]);
  });
});

describe("the names a section may not take", () => {
  const out = sharedSite("english");

  it("are exactly the pages the site generates inside a briefing, so a new page is reserved too", () => {
    const [briefing] = loadBriefings(VALID_BRIEFINGS);
    const folder = path.join(out, briefing!.slug);
    const generated = readdirSync(folder)
      .filter((name) => statSync(path.join(folder, name)).isDirectory())
      .filter((name) => !briefing!.sections.some((section) => section.id === name))
      .sort();
    expect(generated).toEqual([...RESERVED_SECTION_NAMES].sort());
  });
});
