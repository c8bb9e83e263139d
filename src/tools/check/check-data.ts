import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Finding } from "./finding.ts";

/** Feeds are JSON too, and the feed check reports them by the feed rules. */
const FEED_FILES = new Set(["feed.json"]);

/**
 * Checks the site's data downloads and machine-readable files: every `.json` file (a briefing's
 * `figures.json` and `cite.json`, the search index's) parses as JSON, and every `.csv` file parses
 * as CSV with the same number of fields on every row. A reader's script or spreadsheet that
 * opens a broken download fails where nobody sees it, so the gate has to.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 */
export function checkData(root: string, files: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    const add = (problem: string) => findings.push({ file, problem });
    if (file.endsWith(".json") && !FEED_FILES.has(path.posix.basename(file))) {
      try {
        JSON.parse(readFileSync(path.join(root, file), "utf8"));
      } catch (error) {
        add(`is not valid JSON: ${(error as Error).message}`);
      }
    } else if (file.endsWith(".csv")) {
      try {
        // csv-parse refuses rows whose number of fields differs from the first row's.
        parse(readFileSync(path.join(root, file), "utf8"), { bom: true });
      } catch (error) {
        add(`is not valid CSV: ${(error as Error).message}`);
      }
    }
  }
  return findings;
}
