import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../../src/base/content-error.ts";
import { readSiteFile, SITE_FIELDS } from "../../../../src/content/settings/site-file.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

/** A copy of `_data` whose site.json is changed by `edit`. */
function dataDirWith(edit: (site: Record<string, unknown>) => unknown): string {
  const dir = path.join(tempDir("site-file-"), "_data");
  cpSync("_data", dir, { recursive: true });
  const file = path.join(dir, "site.json");
  writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>), null, 2));
  return dir;
}

function problemsOf(dataDir: string) {
  try {
    readSiteFile(dataDir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error("expected a ContentError");
}

describe("readSiteFile", () => {
  it("reads the shipped site.json, whose every field is a known setting", () => {
    const site = readSiteFile("_data");
    expect(site.where).toBe("_data/site.json");
    expect(Object.keys(site.data).every((key) => (SITE_FIELDS as readonly string[]).includes(key))).toBe(true);
  });

  it("refuses a misspelt setting instead of ignoring it, naming the line and the setting meant", () => {
    const problems = problemsOf(dataDirWith(({ paper, ...rest }) => ({ ...rest, papr: paper })));
    expect(problems).toEqual([expect.objectContaining({ field: "papr", line: expect.any(Number), message: expect.stringMatching(/is not a setting; did you mean "paper"\?/) })]);
  });

  it("refuses settings that are not one JSON object", () => {
    const problems = problemsOf(dataDirWith(() => ["url"]));
    expect(problems[0]?.message).toMatch(/one JSON object/);
  });
});
