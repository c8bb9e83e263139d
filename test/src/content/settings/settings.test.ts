import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../../src/base/content-error.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

describe("readSettings", () => {
  it("reads every part of the shipped settings once, with the briefings folder made absolute", () => {
    const settings = readSettings();
    expect(settings.site.url).toBe("https://briefings.example.org/");
    expect(settings.theme.name).toBe("ink");
    expect(settings.archive.perPage).toBe(20);
    expect(settings.paper.name).toBe("A4");
    expect(path.isAbsolute(settings.briefingsDir)).toBe(true);
    expect(settings.briefingsDir).toBe(path.resolve("src/briefings"));
  });

  it("applies what the environment overrides", () => {
    const settings = readSettings({ briefingsDir: "test/fixtures/valid", overrides: { siteUrl: "https://example.org/briefings/", archivePerPage: "3", paper: "letter" } });
    expect(settings.site).toMatchObject({ url: "https://example.org/briefings/", pathPrefix: "/briefings/" });
    expect(settings.archive.perPage).toBe(3);
    expect(settings.paper.name).toBe("Letter");
    expect(settings.briefingsDir).toBe(path.resolve("test/fixtures/valid"));
  });

  it("reports the mistakes of every part of the settings at once", () => {
    const dir = path.join(tempDir("settings-"), "_data");
    cpSync("_data", dir, { recursive: true });
    const file = path.join(dir, "site.json");
    const site = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...site, url: "/relative/", theme: "neon", paper: "B5", archive: { perPage: 0 } }));
    let error: unknown;
    try {
      readSettings({ dataDir: dir });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((problem) => problem.field)).toEqual(["url", "theme", "archive.perPage", "paper"]);
  });
});
