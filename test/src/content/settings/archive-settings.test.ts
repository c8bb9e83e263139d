import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PER_PAGE, readArchiveSettings } from "../../../../src/content/settings/archive-settings.ts";
import { ContentError } from "../../../../src/base/content-error.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

function dataDir(site: unknown): string {
  const dir = path.join(tempDir(), "_data");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "site.json"), JSON.stringify(site));
  return dir;
}

describe("readArchiveSettings", () => {
  it("lists 20 briefings a page unless archive.perPage says otherwise", () => {
    expect(readArchiveSettings(dataDir({}), {})).toEqual({ perPage: DEFAULT_PER_PAGE });
    expect(DEFAULT_PER_PAGE).toBe(20);
    expect(readArchiveSettings(dataDir({ archive: { perPage: 5 } }), {})).toEqual({ perPage: 5 });
  });

  it("lets ARCHIVE_PER_PAGE override the file for one build", () => {
    expect(readArchiveSettings(dataDir({ archive: { perPage: 5 } }), { ARCHIVE_PER_PAGE: "2" })).toEqual({ perPage: 2 });
  });

  it("refuses a number of briefings that is not a positive whole number, naming the field and what to write", () => {
    const read = () => readArchiveSettings(dataDir({ archive: { perPage: 0 } }), {});
    expect(read).toThrow(ContentError);
    expect(read).toThrow(/site\.json archive\.perPage: .*"archive": \{ "perPage": 20 \}/);
    expect(() => readArchiveSettings(dataDir({}), { ARCHIVE_PER_PAGE: "lots" })).toThrow(/ARCHIVE_PER_PAGE environment variable: "lots" is not a whole number/);
  });
});
