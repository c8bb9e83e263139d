import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One briefing of the archive site (see SHARED_SITES.archive), as the tests expect to see it. */
export interface FixtureBriefing {
  slug: string;
  language: string;
  /** Publication year in the briefing's own zone. */
  year: string;
  tags: string[];
}

/**
 * The briefings of the archive site, newest first: the Chinese fixture, the English test
 * briefing, and copies of each moved to other years with other tags. "Trade" and "trade" differ
 * only in case, so they share one tag page.
 */
export const MULTI_BRIEFINGS: FixtureBriefing[] = [
  { slug: "trade-note", language: "en", year: "2024", tags: ["ports", "trade"] },
  { slug: "foreign-trade-2023", language: "zh-CN", year: "2024", tags: ["对外贸易", "海关统计", "一带一路", "新三样", "跨境电商"] },
  { slug: "foreign-trade-2022", language: "zh-CN", year: "2022", tags: ["一带一路", "Trade"] },
  { slug: "customs-note-2021", language: "en", year: "2021", tags: ["Customs & Excise", "Trade"] },
];

/**
 * Adds to a briefings folder holding the Chinese fixture and test/fixtures/valid/trade-note the
 * two older copies of MULTI_BRIEFINGS, with new folder names, dates and tags.
 * @param dir the briefings folder, changed in place
 */
export function addOlderBriefings(dir: string): void {
  copyWith(path.join(dir, "foreign-trade-2023"), path.join(dir, "foreign-trade-2022"), "2022-11-15T10:00:00+08:00", ["一带一路", "Trade"], "二〇二二年版");
  copyWith(path.join(dir, "trade-note"), path.join(dir, "customs-note-2021"), "2021-03-01T08:00:00+00:00", ["Customs & Excise", "Trade"], "Customs");
}

function copyWith(from: string, to: string, date: string, tags: string[], titlePrefix: string): void {
  cpSync(from, to, { recursive: true });
  const file = path.join(to, "briefing.yaml");
  const yaml = readFileSync(file, "utf8")
    .replace(/^date: .*$/m, `date: ${date}`)
    .replace(/^tags: .*$/m, `tags: [${tags.map((tag) => JSON.stringify(tag)).join(", ")}]`)
    .replace(/^title: (.*)$/m, `title: ${titlePrefix} $1`)
    // Updates dated before the new publication date would be odd; the copies have none.
    .replace(/^updates:[\s\S]*?(?=^\S|(?![\s\S]))/m, "");
  writeFileSync(file, yaml);
}
