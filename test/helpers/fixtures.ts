import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The folder holding the small, invented English test briefing that error tests break. */
export const VALID_BRIEFINGS = path.resolve("test/fixtures/valid");

/**
 * The folder holding the English example briefing (the Port of Rotterdam in 2023, real figures):
 * long section titles, a table, footnotes, a blockquote, a nested list, falling numbers, a chart
 * with negative values, no updates, Europe/Amsterdam.
 */
export const ENGLISH_BRIEFINGS = path.resolve("test/fixtures/english");

/** The English example briefing's folder name, which is also its URL. */
export const ENGLISH_SLUG = "rotterdam-port-2023";

/**
 * The folder holding the Chinese example briefing (China's goods trade in 2023, as the General
 * Administration of Customs announced it on 12 January 2024; real figures, test/fixtures/chinese/
 * SOURCES.md): four sections with ## headings, a table, footnotes, lists of figures with rises and
 * falls, 万 and 亿 counts, every qualifier, a chart with a total, one on a 100 scale and one with a
 * derived bar, dated updates, Asia/Shanghai. Independent of the shipped briefing, so tests of
 * Chinese pages, charts, phrase breaks and PDFs do not depend on whatever src/briefings holds.
 */
export const CHINESE_BRIEFINGS = path.resolve("test/fixtures/chinese");

/** The Chinese example briefing's folder name, which is also its URL. */
export const CHINESE_SLUG = "foreign-trade-2023";

/**
 * Copies the valid fixture briefings to a temporary folder and lets a test break one file,
 * so each error test starts from content that builds.
 * @param edit file (relative to the briefing folder) → function from its text to the broken text
 */
export function brokenBriefings(edit: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "briefings-"));
  cpSync(VALID_BRIEFINGS, dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const target = path.join(dir, "trade-note", file);
    writeFileSync(target, change(readFileSync(target, "utf8")));
  }
  return dir;
}

/** A fresh empty temporary folder. */
export function tempDir(prefix = "briefing-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
