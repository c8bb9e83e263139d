import { ContentError } from "../../base/content-error.ts";
import type { SiteFile } from "./site-file.ts";

/** The paper sizes a briefing can be printed on, by the names people choose them by. */
export type PaperName = "A4" | "Letter";

/** A sheet of paper the PDF is set on. */
export interface Paper {
  /** The name people choose it by, as written in `_data/site.json`. */
  name: PaperName;
  /** The value of CSS `@page { size: … }`. */
  css: string;
  /** Width in PostScript points (1/72 inch), as PDF readers report it. */
  widthPt: number;
  /** Height in PostScript points. */
  heightPt: number;
}

/** The paper sizes a briefing can be printed on. */
export const PAPERS = {
  A4: { name: "A4", css: "A4", widthPt: 595.28, heightPt: 841.89 },
  Letter: { name: "Letter", css: "letter", widthPt: 612, heightPt: 792 },
} as const satisfies Record<PaperName, Paper>;

/** Used when `_data/site.json` names no paper. */
export const DEFAULT_PAPER: PaperName = "A4";

/** The environment variable that overrides the setting for one build, e.g. `BRIEFING_PAPER=Letter npm run build`. */
export const PAPER_ENV = "BRIEFING_PAPER";

/**
 * Picks the paper size from a setting's value: A4 when none is given, otherwise A4 or
 * Letter (any letter case). Anything else is a mistake the person editing the setting fixes.
 * @param value the `paper` setting as read
 * @param where the file (and field) the value came from, for the error message
 */
export function paperFrom(value: unknown, where: { file: string; field?: string }): Paper {
  if (value === undefined || value === null || value === "") return PAPERS[DEFAULT_PAPER];
  const name = typeof value === "string" ? (Object.keys(PAPERS) as PaperName[]).find((n) => n.toLowerCase() === value.trim().toLowerCase()) : undefined;
  if (!name) {
    const choices = Object.keys(PAPERS).map((n) => `"${n}"`).join(" or ");
    throw new ContentError([{ file: where.file, field: where.field, message: `the paper size ${JSON.stringify(value)} is not one we print on; write ${choices}` }]);
  }
  return PAPERS[name];
}

/**
 * The paper the PDFs are printed on: `BRIEFING_PAPER` if set, else `paper` in site.json, else A4.
 * @param site site.json, as readSiteFile read it
 * @param override the `BRIEFING_PAPER` environment variable, when set
 */
export function paperSettingFrom(site: SiteFile, override?: string): Paper {
  if (override) return paperFrom(override, { file: `the environment variable ${PAPER_ENV}` });
  return paperFrom(site.data.paper, { file: site.where, field: "paper" });
}
