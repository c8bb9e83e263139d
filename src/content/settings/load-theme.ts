import path from "node:path";
import { ContentError } from "../../base/content-error.ts";
import { displayPath } from "../../base/display-path.ts";
import { themesSchema, type Theme } from "./theme-schema.ts";
import { validateYaml } from "../validate.ts";
import { readJsonFile } from "../read-json-file.ts";
import type { SiteFile } from "./site-file.ts";

/** The active theme, with the name it was chosen by. */
export interface ActiveTheme extends Theme {
  name: string;
}

/**
 * Reads the themes from `themes.json` and returns the one site.json chooses with `theme`.
 * @param site site.json, as readSiteFile read it
 * @param dataDir the global data folder holding themes.json
 */
export function loadTheme(site: SiteFile, dataDir: string): ActiveTheme {
  const themesFile = path.join(dataDir, "themes.json");
  const themes = validateYaml(readJsonFile(themesFile), themesSchema);
  const name = typeof site.data.theme === "string" ? site.data.theme : "";
  const theme = themes[name];
  if (!theme) {
    throw new ContentError([
      { file: site.where, field: "theme", message: `choose one of the themes in ${displayPath(themesFile)}: ${Object.keys(themes).map((n) => `"${n}"`).join(", ")}` },
    ]);
  }
  return { name, ...theme };
}
