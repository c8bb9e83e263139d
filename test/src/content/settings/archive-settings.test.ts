import { describe, expect, it } from "vitest";
import { archiveSettingsFrom, DEFAULT_PER_PAGE } from "../../../../src/content/settings/archive-settings.ts";
import { ContentError } from "../../../../src/base/content-error.ts";

/** site.json holding `data`, as readSiteFile gives it. */
const site = (data: Record<string, unknown>) => ({ where: "_data/site.json", data });

describe("archiveSettingsFrom", () => {
  it("lists 20 briefings a page unless archive.perPage says otherwise", () => {
    expect(archiveSettingsFrom(site({}))).toEqual({ perPage: DEFAULT_PER_PAGE });
    expect(DEFAULT_PER_PAGE).toBe(20);
    expect(archiveSettingsFrom(site({ archive: { perPage: 5 } }))).toEqual({ perPage: 5 });
  });

  it("lets ARCHIVE_PER_PAGE override the file for one build", () => {
    expect(archiveSettingsFrom(site({ archive: { perPage: 5 } }), "2")).toEqual({ perPage: 2 });
  });

  it("refuses a number of briefings that is not a positive whole number, naming the field and what to write", () => {
    const read = () => archiveSettingsFrom(site({ archive: { perPage: 0 } }));
    expect(read).toThrow(ContentError);
    expect(read).toThrow(/site\.json archive\.perPage: .*"archive": \{ "perPage": 20 \}/);
    expect(() => archiveSettingsFrom(site({}), "lots")).toThrow(/ARCHIVE_PER_PAGE environment variable: "lots" is not a whole number/);
  });
});
