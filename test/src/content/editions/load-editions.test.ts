import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { filesState, loadBriefings } from "../../../../src/content/load-briefings.ts";
import { ContentError } from "../../../../src/base/content-error.ts";
import type { Briefing } from "../../../../src/content/briefing.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

/** China's goods trade in 2023, in Chinese (sections/) and English (sections/en/), beside a briefing in three editions. */
const EDITIONS = path.resolve("test/fixtures/editions");
const SLUG = "goods-trade-2023";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding a copy of the goods trade briefing alone, changed by `change` (given the briefing's folder). */
function changedCopy(change: (briefingDir: string) => void): string {
  const dir = tempDir("editions-");
  made.push(dir);
  cpSync(path.join(EDITIONS, SLUG), path.join(dir, SLUG), { recursive: true });
  change(path.join(dir, SLUG));
  return dir;
}

function edit(file: string, change: (text: string) => string): (briefingDir: string) => void {
  return (briefingDir) => {
    const target = path.join(briefingDir, file);
    writeFileSync(target, change(readFileSync(target, "utf8")));
  };
}

function problemsOf(change: (briefingDir: string) => void): ContentError {
  try {
    loadBriefings(changedCopy(change));
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected the content to be rejected");
}

/** A briefing's figures with every text taken out: what must be the same in every edition. */
function figureValues(briefing: Briefing) {
  return briefing.figures.map(({ id, value, decimals, scale, qualifier, kind, headline, change }) => ({ id, value, decimals, scale, qualifier, kind, headline, change: change && { value: change.value, decimals: change.decimals, good: change.good } }));
}

describe("loading a briefing with editions in other languages", () => {
  const chinese = loadBriefings(EDITIONS).find((briefing) => briefing.slug === SLUG);
  const english = chinese!.editions[0]!;

  it("loads sections/en/ as the English edition, at /<briefing>/en/, beside the Chinese one", () => {
    expect(chinese!.editions.map((e) => e.language)).toEqual(["en"]);
    expect([chinese!.language, chinese!.url, chinese!.sections.map((s) => s.url)]).toEqual(["zh-CN", `/${SLUG}/`, [`/${SLUG}/full-year/`, `/${SLUG}/partners/`]]);
    expect([english.url, english.sections.map((s) => s.url)]).toEqual([`/${SLUG}/en/`, [`/${SLUG}/en/full-year/`, `/${SLUG}/en/partners/`]]);
    expect(english.sections[0]!.title).toBe("The year as a whole");
    expect(english.sections[0]!.sourceFile).toMatch(/goods-trade-2023\/sections\/en\/01-full-year\.md$/);
    expect(english.editions).toEqual([]);
  });

  it("gives each edition the texts written in its language", () => {
    expect([chinese!.title, english.title]).toEqual(["2023年货物贸易：中英文两个版本", "China's goods trade in 2023: two editions"]);
    const total = (b: Briefing) => b.figures.find((f) => f.id === "total-trade")!;
    expect([total(chinese!).label, total(chinese!).unit, total(chinese!).period, total(chinese!).change?.basis]).toEqual(["货物贸易进出口总值", "万亿元", "2023年", "同比"]);
    expect([total(english).label, total(english).unit, total(english).period, total(english).change?.basis]).toEqual(["Goods imports and exports", "trillion yuan", "2023", "year on year"]);
    expect(english.charts.map((c) => [c.title, c.url])).toEqual([["Goods trade in 2023: exports and imports", `/${SLUG}/en/full-year/#chart-trade-by-direction`]]);
    expect(english.source.publisher).toBe("State Council Information Office");
  });

  it("gives every edition the same figures with the same values, dates and precision", () => {
    expect(figureValues(english)).toEqual(figureValues(chinese!));
    expect(figureValues(english).find((f) => f.id === "total-trade")).toMatchObject({ value: 41.76, decimals: 2 });
    expect([english.date, english.timeZone, english.source.date]).toEqual([chinese!.date, chinese!.timeZone, chinese!.source.date]);
  });

  it("names the field, its line and the fix when a text given per language lacks an edition's language", () => {
    const error = problemsOf(edit("briefing.yaml", (t) => t.replace("label: { zh-CN: 出口总值, en: Exports }", "label: { zh-CN: 出口总值 }")));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/goods-trade-2023\/briefing\.yaml$/), line: 40, field: "figures[1].label" }),
    ]);
    expect(error.message).toMatch(/figures\[1\]\.label: gives its text in zh-CN but not in en, and the edition in sections\/en\/ is in en; add en: … to it/);
  });

  it("gives each edition its topics in its own language", () => {
    expect([chinese!.tags, english.tags]).toEqual([["对外贸易", "海关统计", "一带一路"], ["Foreign trade", "Customs statistics", "Belt and Road"]]);
  });

  it("names the tag, its line and the fix when a topic lacks an edition's language", () => {
    const error = problemsOf(edit("briefing.yaml", (t) => t.replace("{ zh-CN: 海关统计, en: Customs statistics }", "{ zh-CN: 海关统计 }")));
    expect(error.problems).toEqual([expect.objectContaining({ line: 21, field: "tags[1]" })]);
    expect(error.message).toMatch(/tags\[1\]: gives its text in zh-CN but not in en, and the edition in sections\/en\/ is in en; add en: … to it/);
  });

  it("takes a plain tag to be in the briefing's language, and asks for the edition's beside it", () => {
    const error = problemsOf(edit("briefing.yaml", (t) => t.replace("{ zh-CN: 一带一路, en: Belt and Road }", "一带一路")));
    expect(error.problems).toEqual([expect.objectContaining({ line: 22, field: "tags[2]" })]);
    expect(error.message).toMatch(/tags\[2\]: "一带一路" is in the briefing's language \(zh-CN\) only, and the edition in sections\/en\/ is in en; give it per language: \{ zh-CN: 一带一路, en: … \}/);
  });

  it("refuses two English topics that would share a page of the English topics, though their Chinese ones differ", () => {
    const error = problemsOf(edit("briefing.yaml", (t) => t.replace("en: Customs statistics }", "en: Foreign + trade }")));
    expect(error.message).toMatch(/the tag "Foreign \+ trade" would share the en topics' page …\/tags\/foreign-trade\/ with the tag "Foreign trade"/);
  });

  it("takes a plain text as every edition's", () => {
    const [loaded] = loadBriefings(changedCopy(edit("briefing.yaml", (t) => t.replace('period: { zh-CN: 2023年, en: "2023" }', 'period: "2023"'))));
    expect([loaded!.figures[0]!.period, loaded!.editions[0]!.figures[0]!.period]).toEqual(["2023", "2023"]);
  });

  it("names the missing file and how to add it when an edition lacks a section", () => {
    const error = problemsOf((dir) => rmSync(path.join(dir, "sections/en/02-partners.md")));
    expect(error.problems).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/goods-trade-2023\/sections\/en\/02-partners\.md$/), message: expect.stringMatching(/the en edition has no "partners" section, which .*sections\/02-partners\.md is in zh-CN; translate it into .*sections\/en\/02-partners\.md/) }),
    );
  });

  it("names a section that only one edition has", () => {
    const error = problemsOf((dir) => writeFileSync(path.join(dir, "sections/en/03-outlook.md"), "---\ntitle: Outlook\n---\n\nMore to come.\n"));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/sections\/en\/03-outlook\.md$/), message: expect.stringMatching(/the zh-CN edition in .*sections\/ has no "outlook" section; every edition has the same sections/) }),
    ]);
  });

  it("names sections that editions order differently", () => {
    const error = problemsOf((dir) => {
      renameSync(path.join(dir, "sections/en/01-full-year.md"), path.join(dir, "sections/en/03-full-year.md"));
    });
    expect(error.message).toMatch(/sections are in another order than in .*sections\/ \(partners, full-year against full-year, partners\)/);
  });

  it("names a figure that one edition states and the other does not, with the edition and the fix", () => {
    const error = problemsOf(edit("sections/en/02-partners.md", (t) => t.replace('; the European Union accounted for {% figure "eu-share" %}', "")));
    expect(error.problems).toEqual([
      expect.objectContaining({ field: "figures[4].id", message: 'figure "eu-share" is not stated in any section in sections/en/ (the en edition); add {% figure "eu-share" %} to the paragraph that states it' }),
    ]);
  });

  it("names a chart that one edition does not place", () => {
    const error = problemsOf(edit("sections/01-full-year.md", (t) => t.replace('{% chart "trade-by-direction" %}\n', "")));
    expect(error.message).toMatch(/charts\[0\]\.id: chart "trade-by-direction" is not placed in any section in sections\/ \(the zh-CN edition\)/);
  });

  it("refuses a folder in sections/ that is not named by a language tag in lower case", () => {
    for (const name of ["english", "EN"]) {
      const error = problemsOf((dir) => renameSync(path.join(dir, "sections/en"), path.join(dir, "sections", name)));
      expect(error.problems).toEqual([expect.objectContaining({ file: expect.stringMatching(new RegExp(`sections/${name}$`)), message: expect.stringMatching(/named by its language tag in lower case \(sections\/en\/, sections\/zh-tw\/\)/) })]);
    }
  });

  it("refuses an edition in the briefing's own language", () => {
    const error = problemsOf((dir) => renameSync(path.join(dir, "sections/en"), path.join(dir, "sections/zh")));
    expect(error.message).toMatch(/sections\/zh: this edition is in the same language as sections\/ \(zh\)/);
  });

  it("accepts a Traditional Chinese edition beside a Simplified Chinese briefing", () => {
    const dir = changedCopy((briefingDir) => {
      renameSync(path.join(briefingDir, "sections/en"), path.join(briefingDir, "sections/zh-tw"));
      const data = path.join(briefingDir, "briefing.yaml");
      writeFileSync(data, readFileSync(data, "utf8").replaceAll(/\ben: /g, "zh-TW: "));
    });
    expect(loadBriefings(dir)[0]!.editions.map((e) => [e.language, e.url])).toEqual([["zh-TW", `/${SLUG}/zh-tw/`]]);
  });

  it("refuses a section named like an edition, whose pages would share its address", () => {
    const error = problemsOf((dir) => {
      for (const folder of ["sections", "sections/en"]) writeFileSync(path.join(dir, folder, "03-en.md"), "---\ntitle: En\n---\n\nText.\n");
    });
    expect(error.message).toMatch(/sections\/03-en\.md: a section cannot be named "en": sections\/en\/ holds the briefing's edition in that language/);
  });

  it("loads again when an edition's prose changes", () => {
    const dir = changedCopy(() => undefined);
    const briefingDir = path.join(dir, SLUG);
    const before = filesState(briefingDir);
    edit("sections/en/02-partners.md", (t) => t.replace("close to half", "nearly half"))(briefingDir);
    expect(filesState(briefingDir)).not.toBe(before);
    expect(loadBriefings(dir)[0]!.editions[0]!.sections[1]!.body).toContain("nearly half");
  });

  it("accepts texts per language in a briefing without editions", () => {
    const dir = changedCopy((briefingDir) => rmSync(path.join(briefingDir, "sections/en"), { recursive: true }));
    const [loaded] = loadBriefings(dir);
    expect([loaded!.editions, loaded!.figures[1]!.label]).toEqual([[], "出口总值"]);
  });

  /** The goods trade briefing with one more update, given as YAML lines of the `updates:` list. */
  function withUpdate(lines: string): (briefingDir: string) => void {
    return edit("briefing.yaml", (t) => `${t.trimEnd()}\nupdates:\n${lines}\n`);
  }

  it("publishes an update written in one edition's language in that edition only, and tells the others where it is", () => {
    const [loaded] = loadBriefings(changedCopy(withUpdate("  - date: 2024-01-20\n    title: { en: Monthly figures }\n    note: { en: Trade by month added. }")));
    const english = loaded!.editions[0]!;
    expect(english.updates.map((u) => [u.id, u.title])).toEqual([["2024-01-20", "Monthly figures"]]);
    expect(english.updatesInOtherLanguages).toEqual([]);
    expect(loaded!.updates).toEqual([]);
    expect(loaded!.updatesInOtherLanguages).toEqual([{ id: "2024-01-20", date: "2024-01-20", editions: [{ language: "en", url: `/${SLUG}/en/updates/#update-2024-01-20` }] }]);
  });

  it("refuses an update written only in a language the briefing has no edition in, naming its line and the fix", () => {
    const error = problemsOf(withUpdate("  - date: 2024-01-20\n    title: { fr: Chiffres mensuels }\n    note: { fr: Les échanges par mois. }"));
    expect(error.problems).toEqual([
      expect.objectContaining({
        field: "updates[0].title",
        line: expect.any(Number),
        message: "is written in fr only, and the briefing has no edition in it (its editions: zh-CN, en); add zh-CN: … to this update's title and note, or write it in an edition's language",
      }),
    ]);
  });

  it("still refuses an update whose title is in an edition's language and whose note is not", () => {
    const error = problemsOf(withUpdate("  - date: 2024-01-20\n    title: { zh-CN: 月度数据, en: Monthly figures }\n    note: { en: Trade by month added. }"));
    expect(error.problems.map((p) => [p.field, p.message])).toEqual([["updates[0].note", expect.stringContaining("but not in zh-CN")]]);
  });
});
