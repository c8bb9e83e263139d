import path from "node:path";
import { ContentError } from "../../base/content-error.ts";
import { displayPath } from "../../base/display-path.ts";
import { themesSchema, type Theme } from "./theme-schema.ts";
import { validateYaml } from "../validate.ts";
import { readJsonFile } from "../read-json-file.ts";

/** The active theme, with the name it was chosen by. */
export interface ActiveTheme extends Theme {
  name: string;
}

/**
 * Reads the themes from `themes.json` and returns the one `site.json` chooses.
 * @param dataDir the global data folder holding site.json and themes.json
 */
export function loadTheme(dataDir: string): ActiveTheme {
  const siteFile = path.join(dataDir, "site.json");
  const themesFile = path.join(dataDir, "themes.json");
  const site = readJsonFile(siteFile).document.toJS() as { theme?: unknown };
  const themes = validateYaml(readJsonFile(themesFile), themesSchema);
  const name = typeof site.theme === "string" ? site.theme : "";
  const theme = themes[name];
  if (!theme) {
    throw new ContentError([
      { file: displayPath(siteFile), field: "theme", message: `choose one of the themes in ${displayPath(themesFile)}: ${Object.keys(themes).map((n) => `"${n}"`).join(", ")}` },
    ]);
  }
  return { name, ...theme };
}
