import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError } from "../../base/content-error.ts";
import { displayPath } from "../../base/display-path.ts";

/** The environment variable that overrides `archive.perPage` for one build. */
export const PER_PAGE_VARIABLE = "ARCHIVE_PER_PAGE";

/** How many briefings the archive shows on one page unless `archive.perPage` says otherwise. */
export const DEFAULT_PER_PAGE = 20;

const archiveSchema = z.looseObject({
  archive: z
    .strictObject({
      perPage: z.number().int().positive().describe("how many briefings one archive page lists"),
    })
    .optional(),
});

/** What `archive` in `_data/site.json` says. */
export interface ArchiveSettings {
  /** How many briefings one page of the archive lists. */
  perPage: number;
}

/**
 * Reads `archive` from `<dataDir>/site.json`, with `ARCHIVE_PER_PAGE` overriding `perPage`;
 * a missing block means the defaults. A wrong value stops the build with the file or variable,
 * the field and what to write.
 * @param dataDir the `_data` folder
 * @param env the environment, for `ARCHIVE_PER_PAGE`
 */
export function readArchiveSettings(dataDir: string, env: NodeJS.ProcessEnv = process.env): ArchiveSettings {
  const override = env[PER_PAGE_VARIABLE];
  if (override !== undefined && override !== "") {
    const perPage = Number(override);
    if (!Number.isInteger(perPage) || perPage < 1) {
      throw new ContentError([{ file: `the ${PER_PAGE_VARIABLE} environment variable`, message: `"${override}" is not a whole number of briefings per page; write e.g. ${PER_PAGE_VARIABLE}=20` }]);
    }
    return { perPage };
  }
  const file = path.join(dataDir, "site.json");
  if (!existsSync(file)) return { perPage: DEFAULT_PER_PAGE };
  const parsed = archiveSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file: displayPath(file),
        field: issue.path.join("."),
        message: `${issue.message}; write a whole number of briefings per page, e.g. "archive": { "perPage": 20 }`,
      })),
    );
  }
  return { perPage: parsed.data.archive?.perPage ?? DEFAULT_PER_PAGE };
}
