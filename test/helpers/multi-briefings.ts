import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./fixtures.ts";

/** One briefing of the multi-briefing fixture, as the tests expect to see it. */
export interface FixtureBriefing {
  slug: string;
  language: string;
  /** Publication year in the briefing's own zone. */
  year: string;
  tags: string[];
}

/**
 * The briefings of the multi-briefing fixture, newest first: the shipped Chinese briefing, the
 * English test briefing, and copies of each moved to other years with other tags. "Trade" and
 * "trade" differ only in case, so they share one tag page.
 */
export const MULTI_BRIEFINGS: FixtureBriefing[] = [
  { slug: "trade-note", language: "en", year: "2024", tags: ["ports", "trade"] },
  { slug: "beijing-international-exchange-centre", language: "zh-CN", year: "2023", tags: ["国际交往中心", "主场外交", "对外开放", "涉外服务", "国际赛事"] },
  { slug: "exchange-centre-2022", language: "zh-CN", year: "2022", tags: ["国际赛事", "Trade"] },
  { slug: "customs-note-2021", language: "en", year: "2021", tags: ["Customs & Excise", "Trade"] },
];

/**
 * Writes the multi-briefing fixture (see MULTI_BRIEFINGS) into a fresh temporary folder, made
 * from the shipped briefing and test/fixtures/valid/trade-note by copying with new folder names,
 * dates and tags.
 * @returns the folder, for `briefingsDir`
 */
export function multiBriefings(): string {
  const dir = tempDir("briefings-multi-");
  const shipped = path.resolve("src/briefings/beijing-international-exchange-centre");
  const english = path.resolve("test/fixtures/valid/trade-note");
  cpSync(shipped, path.join(dir, "beijing-international-exchange-centre"), { recursive: true });
  cpSync(english, path.join(dir, "trade-note"), { recursive: true });
  copyWith(shipped, path.join(dir, "exchange-centre-2022"), "2022-11-15T10:00:00+08:00", ["国际赛事", "Trade"], "二〇二二年版");
  copyWith(english, path.join(dir, "customs-note-2021"), "2021-03-01T08:00:00+00:00", ["Customs & Excise", "Trade"], "Customs");
  return dir;
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
