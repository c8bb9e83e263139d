import { stringify } from "csv-stringify/sync";
import type { Briefing } from "../content/briefing.ts";
import { FIGURE_COLUMNS, figureRecords } from "./figure-records.ts";

/**
 * A briefing's key figures as CSV: UTF-8 with a byte-order mark, so spreadsheet programs
 * (Excel above all) read the Chinese correctly, a header row of column names, and CRLF
 * line ends as RFC 4180 asks. Quoting is left to csv-stringify.
 * @param briefing the loaded briefing
 * @param siteUrl the site's public base URL
 */
export function figuresCsv(briefing: Briefing, siteUrl: string): string {
  return stringify(figureRecords(briefing, siteUrl), {
    bom: true,
    header: true,
    columns: FIGURE_COLUMNS,
    record_delimiter: "windows",
    cast: { number: (value) => String(value) },
  });
}
