import { describe, expect, it } from "vitest";
import { ContentError } from "../../../../src/base/content-error.ts";
import { PAPERS, paperFrom, paperSettingFrom } from "../../../../src/content/settings/paper.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";

/** site.json holding `data`, as readSiteFile gives it. */
const site = (data: Record<string, unknown>) => ({ where: "_data/site.json", data });

describe("the paper setting", () => {
  it("prints on A4 when site.json names no paper", () => {
    expect(paperSettingFrom(site({ title: "x" }))).toEqual(PAPERS.A4);
  });

  it("prints on US Letter when site.json says Letter, in any letter case", () => {
    expect(paperSettingFrom(site({ paper: "Letter" }))).toMatchObject({ css: "letter", widthPt: 612, heightPt: 792 });
    expect(paperFrom("letter", { file: "site.json", field: "paper" }).name).toBe("Letter");
    expect(paperFrom(" a4 ", { file: "site.json", field: "paper" }).name).toBe("A4");
  });

  it("rejects any other paper with the file, the field and the choices", () => {
    let error: unknown;
    try {
      paperSettingFrom(site({ paper: "B5" }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain("site.json paper");
    expect(message).toContain('"B5"');
    expect(message).toContain('"A4" or "Letter"');
    expect(() => paperFrom(210, { file: "site.json", field: "paper" })).toThrow(ContentError);
  });

  it("lets BRIEFING_PAPER choose the paper for one build, checked the same way", () => {
    expect(paperSettingFrom(site({ paper: "A4" }), "Letter").name).toBe("Letter");
    expect(() => paperSettingFrom(site({ paper: "A4" }), "A3")).toThrow(/BRIEFING_PAPER.*"A3"/s);
  });

  it("is A4 in the shipped site.json", () => {
    expect(readSettings().paper.name).toBe("A4");
  });
});
