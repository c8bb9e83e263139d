import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTheme } from "../../../../src/content/settings/load-theme.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

/** A data folder with the real themes and a site.json choosing `theme`. */
function dataDirChoosing(theme: string): string {
  const dir = tempDir("data-");
  copyFileSync("_data/themes.json", path.join(dir, "themes.json"));
  writeFileSync(path.join(dir, "site.json"), JSON.stringify({ theme }));
  return dir;
}

describe("loadTheme", () => {
  it("switches between the built-in themes with the one setting in site.json", () => {
    expect(loadTheme(dataDirChoosing("ink")).fonts.body.cjk.family).toBe("Noto Serif SC");
    expect(loadTheme(dataDirChoosing("harbour")).fonts.body.cjk.family).toBe("Noto Sans SC");
  });

  it("names site.json and the themes to choose from when the theme does not exist", () => {
    expect(() => loadTheme(dataDirChoosing("sunset"))).toThrow(/site\.json theme: choose one of the themes .*"ink", "harbour"/);
  });

  it("rejects a colour that is not a hex colour, naming the field", () => {
    const dir = dataDirChoosing("ink");
    const themes = JSON.parse(readFileSync("_data/themes.json", "utf8"));
    themes.ink.light.accent = "navy";
    writeFileSync(path.join(dir, "themes.json"), JSON.stringify(themes, null, 2));
    expect(() => loadTheme(dir)).toThrow(/themes\.json:\d+ ink\.light\.accent: use a six-digit hex colour/);
  });
});
