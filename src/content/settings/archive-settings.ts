import { z } from "zod";
import { ContentError } from "../../base/content-error.ts";
import type { SiteFile } from "./site-file.ts";

/** The environment variable that overrides `archive.perPage` for one build. */
export const PER_PAGE_VARIABLE = "ARCHIVE_PER_PAGE";

/** How many briefings the archive shows on one page unless `archive.perPage` says otherwise. */
export const DEFAULT_PER_PAGE = 20;

const archiveSchema = z
  .strictObject({
    perPage: z.number().int().positive().describe("how many briefings one archive page lists"),
  })
  .optional();

/** What `archive` in `_data/site.json` says. */
export interface ArchiveSettings {
  /** How many briefings one page of the archive lists. */
  perPage: number;
}

/**
 * Checks `archive` in site.json, with `ARCHIVE_PER_PAGE` overriding `perPage`; a missing block
 * means the defaults. A wrong value stops the build with the file or variable, the field and
 * what to write.
 * @param site site.json, as readSiteFile read it
 * @param perPageOverride the `ARCHIVE_PER_PAGE` environment variable, when set
 */
export function archiveSettingsFrom(site: SiteFile, perPageOverride?: string): ArchiveSettings {
  if (perPageOverride !== undefined && perPageOverride !== "") {
    const perPage = Number(perPageOverride);
    if (!Number.isInteger(perPage) || perPage < 1) {
      throw new ContentError([{ file: `the ${PER_PAGE_VARIABLE} environment variable`, message: `"${perPageOverride}" is not a whole number of briefings per page; write e.g. ${PER_PAGE_VARIABLE}=20` }]);
    }
    return { perPage };
  }
  const parsed = archiveSchema.safeParse(site.data.archive);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file: site.where,
        field: ["archive", ...issue.path].join("."),
        message: `${issue.message}; write a whole number of briefings per page, e.g. "archive": { "perPage": 20 }`,
      })),
    );
  }
  return { perPage: parsed.data?.perPage ?? DEFAULT_PER_PAGE };
}
