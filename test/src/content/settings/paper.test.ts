import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "../../../../src/base/content-error.ts";
import { PAPERS, PAPER_ENV, paperFrom, readPaper } from "../../../../src/content/settings/paper.ts";

function dataDirWith(site: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "paper-"));
  writeFileSync(path.join(dir, "site.json"), JSON.stringify(site, null, 2));
  return dir;
}

describe("the paper setting", () => {
  afterEach(() => {
    delete process.env[PAPER_ENV];
  });

  it("prints on A4 when site.json names no paper", () => {
    expect(readPaper(dataDirWith({ title: "x" }))).toEqual(PAPERS.A4);
  });

  it("prints on US Letter when site.json says Letter, in any letter case", () => {
    expect(readPaper(dataDirWith({ paper: "Letter" }))).toMatchObject({ css: "letter", widthPt: 612, heightPt: 792 });
    expect(paperFrom("letter", { file: "site.json", field: "paper" }).name).toBe("Letter");
    expect(paperFrom(" a4 ", { file: "site.json", field: "paper" }).name).toBe("A4");
  });

  it("rejects any other paper with the file, the field and the choices", () => {
    const dir = dataDirWith({ paper: "B5" });
    let error: unknown;
    try {
      readPaper(dir);
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
    const dir = dataDirWith({ paper: "A4" });
    process.env[PAPER_ENV] = "Letter";
    expect(readPaper(dir).name).toBe("Letter");
    process.env[PAPER_ENV] = "A3";
    expect(() => readPaper(dir)).toThrow(/BRIEFING_PAPER.*"A3"/s);
  });

  it("is A4 in the shipped site.json", () => {
    delete process.env[PAPER_ENV];
    expect(readPaper("_data").name).toBe("A4");
  });
});
