import { existsSync } from "node:fs";
import path from "node:path";
import { ContentError } from "../../base/content-error.ts";
import { displayPath } from "../../base/display-path.ts";
import { readJsonFile } from "../read-json-file.ts";
import { editDistance } from "../validate.ts";

/** `_data/site.json` as read: an object of settings, each checked by the module that owns it. */
export interface SiteFile {
  /** The file as people see it, for messages: `_data/site.json`. */
  where: string;
  data: Record<string, unknown>;
}

/**
 * The settings site.json may hold, each checked by its own module: the address and words
 * (site-settings.ts), `theme` (load-theme.ts), `paper` (paper.ts), `archive` (archive-settings.ts).
 * A field not listed here is refused, so a misspelt setting is never silently ignored; a new
 * setting is added here and to the module that reads it.
 */
export const SITE_FIELDS = ["url", "title", "description", "language", "theme", "feed", "paper", "archive"] as const;

/**
 * Reads `<dataDir>/site.json`, the one place the site's settings are read from; each part is
 * then checked by the module that owns it (see SITE_FIELDS).
 * @param dataDir the `_data` folder
 * @throws ContentError when the file is missing, is not valid JSON, is not an object, or has a field no setting has
 */
export function readSiteFile(dataDir: string): SiteFile {
  const file = path.join(dataDir, "site.json");
  const where = displayPath(file);
  if (!existsSync(file)) throw new ContentError([{ file: where, message: "the site's settings file is missing; create it with at least url and feed" }]);
  const parsed = readJsonFile(file);
  const data: unknown = parsed.document.toJS();
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ContentError([{ file: where, line: 1, message: "the settings must be one JSON object, { … }, as in the repository's copy" }]);
  }
  const unknown = Object.keys(data).filter((key) => !(SITE_FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new ContentError(
      unknown.map((key) => {
        const meant = SITE_FIELDS.find((field) => editDistance(key, field) <= 2);
        return {
          file: where,
          line: parsed.lineOf([key]),
          field: key,
          message: `is not a setting${meant ? `; did you mean "${meant}"?` : "."} The settings are ${SITE_FIELDS.join(", ")} (see README.md, "Settings")`,
        };
      }),
    );
  }
  return { where, data: data as Record<string, unknown> };
}
