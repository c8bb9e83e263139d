import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTheme } from "../../../../src/content/settings/load-theme.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

/** A data folder with the real themes, and site.json choosing `theme`. */
function choosing(theme: string): { site: { where: string; data: Record<string, unknown> }; dataDir: string } {
  const dataDir = tempDir("data-");
  copyFileSync("_data/themes.json", path.join(dataDir, "themes.json"));
  return { site: { where: path.join(dataDir, "site.json"), data: { theme } }, dataDir };
}

describe("loadTheme", () => {
  it("switches between the built-in themes with the one setting in site.json", () => {
    const ink = choosing("ink");
    expect(loadTheme(ink.site, ink.dataDir).fonts.body.cjk.family).toBe("Noto Serif SC");
    const harbour = choosing("harbour");
    expect(loadTheme(harbour.site, harbour.dataDir).fonts.body.cjk.family).toBe("Noto Sans SC");
  });

  it("names site.json and the themes to choose from when the theme does not exist", () => {
    const sunset = choosing("sunset");
    expect(() => loadTheme(sunset.site, sunset.dataDir)).toThrow(/site\.json theme: choose one of the themes .*"ink", "harbour"/);
  });

  it("rejects a colour that is not a hex colour, naming the field", () => {
    const { site, dataDir } = choosing("ink");
    const themes = JSON.parse(readFileSync("_data/themes.json", "utf8"));
    themes.ink.light.accent = "navy";
    writeFileSync(path.join(dataDir, "themes.json"), JSON.stringify(themes, null, 2));
    expect(() => loadTheme(site, dataDir)).toThrow(/themes\.json:\d+ ink\.light\.accent: use a six-digit hex colour/);
  });
});
