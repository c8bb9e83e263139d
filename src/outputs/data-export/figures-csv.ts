import { stringify } from "csv-stringify/sync";
import type { Labels } from "../../content/interface-words.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { FIGURE_COLUMNS, figureRecords } from "./figure-records.ts";

/**
 * A briefing's key figures as CSV: UTF-8 with a byte-order mark, so spreadsheet programs
 * (Excel above all) read the Chinese correctly, a header row of column names, and CRLF
 * line ends as RFC 4180 asks. Quoting is left to csv-stringify; text that a spreadsheet
 * would run as a formula is neutralised (see {@link neutraliseFormula}).
 * @param briefing the rendered briefing
 * @param siteUrl the site's public base URL
 * @param words the interface words of the briefing's language
 */
export function figuresCsv(briefing: RenderedBriefing, siteUrl: string, words: Labels): string {
  return stringify(figureRecords(briefing, siteUrl, words), {
    bom: true,
    header: true,
    columns: FIGURE_COLUMNS,
    record_delimiter: "windows",
    cast: { number: (value) => String(value), string: neutraliseFormula },
  });
}

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Keeps a spreadsheet from running a text cell as a formula: a cell starting with = + - @,
 * a tab or a carriage return gets a leading single quote, which spreadsheets show as text
 * (the OWASP CSV-injection advice). Number cells are cast separately and stay numbers.
 * @param value a text cell
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
