import { statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/base/content-error.ts";
import {
  checkInterfaceWords,
  interfaceWordsFor,
  pluralCategories,
  pluralFormOf,
  readInterfaceWords,
  wordOf,
  type Labels,
} from "../../../src/content/interface-words.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { matchLanguage } from "../../../src/content/language-match.ts";

const labels = readInterfaceWords();
const SHIPPED = ["ar", "de", "en", "es", "fr", "ja", "ko", "pt", "ru", "zh-Hans", "zh-Hant"];

describe("matchLanguage", () => {
  it("matches by BCP 47 lookup: exact, then shorter, then the same language in another region", () => {
    expect(matchLanguage(["en", "zh"], "zh-CN")).toBe("zh");
    expect(matchLanguage(["en", "zh"], "zh-Hans-CN")).toBe("zh");
    expect(matchLanguage(["en", "zh"], "en-GB")).toBe("en");
    expect(matchLanguage(["zh-CN", "en"], "zh")).toBe("zh-CN");
    expect(matchLanguage(["zh-CN", "zh-TW"], "ZH-tw")).toBe("zh-TW");
    expect(matchLanguage(["en", "zh"], "fr")).toBeUndefined();
    expect(matchLanguage(["en-GB"], "e")).toBeUndefined();
  });

  it("finds the script a region writes in, from Intl.Locale#maximize: zh-TW and zh-HK take Traditional, zh-CN and zh-SG Simplified", () => {
    const available = ["en", "zh-Hans", "zh-Hant", "fr"];
    expect(matchLanguage(available, "zh-TW")).toBe("zh-Hant");
    expect(matchLanguage(available, "zh-HK")).toBe("zh-Hant");
    expect(matchLanguage(available, "zh-CN")).toBe("zh-Hans");
    expect(matchLanguage(available, "zh-SG")).toBe("zh-Hans");
    expect(matchLanguage(available, "zh")).toBe("zh-Hans");
    expect(matchLanguage(available, "fr-CA")).toBe("fr");
    expect(matchLanguage(["zh-CN", "en"], "zh-Hans")).toBe("zh-CN");
    expect(matchLanguage(["zh", "zh-Hant"], "zh-TW")).toBe("zh-Hant");
  });
});

describe("interfaceWordsFor", () => {
  it("gives each language its own words, never another language's", () => {
    expect(wordOf(interfaceWordsFor(labels, "zh-CN"), "contents")).toBe("目录");
    expect(wordOf(interfaceWordsFor(labels, "zh-Hans"), "contents")).toBe("目录");
    expect(wordOf(interfaceWordsFor(labels, "zh-TW"), "contents")).toBe("目錄");
    expect(wordOf(interfaceWordsFor(labels, "en-GB"), "contents")).toBe("Contents");
    expect(wordOf(interfaceWordsFor(labels, "fr-CA"), "contents")).toBe("Sommaire");
    expect(wordOf(interfaceWordsFor(labels, "ja-JP"), "contents")).toBe("目次");
  });

  it("ships the eleven languages, one file each", () => {
    expect(Object.keys(labels).sort()).toEqual(SHIPPED);
  });

  it("stops on a language not shipped with one problem naming the file to add and what goes in it", () => {
    let error: unknown;
    try {
      interfaceWordsFor(labels, "it-IT");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const [problem, ...rest] = (error as ContentError).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "_data/labels/it.json" });
    expect(problem!.message).toMatch(/no interface words for "it-IT".*copy _data\/labels\/en\.json to this file and translate its \d+ entries/);
    expect(problem!.message).toContain("pdfPages");
  });
});

describe("the shipped labels files", () => {
  it("all pass the check against the English file: same keys, each filled in, placeholders kept, every plural form", () => {
    expect(checkInterfaceWords(labels)).toEqual([]);
  });

  it("give every count-bearing label the plural forms of its language (Arabic six, Russian one/few/many/other)", () => {
    expect(Object.keys(labels.ar!.pdfPages as object).sort()).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(Object.keys(labels.ru!.tagCount as object).sort()).toEqual(["few", "many", "one", "other"]);
    expect(pluralCategories("ja")).toEqual(["other"]);
  });

  it("quote as each language quotes (clreq, jlreq and the languages' own style guides)", () => {
    const quoted = (language: string) => pluralFormOf(labels[language]!.searchResultsNone!, 0, language);
    expect(quoted("fr")).toContain("«\u00a0{query}\u00a0»");
    expect(quoted("de")).toContain("„{query}“");
    expect(quoted("ru")).toContain("«{query}»");
    expect(quoted("es")).toContain("«{query}»");
    expect(quoted("ja")).toContain("「{query}」");
    expect(quoted("zh-Hant")).toContain("「{query}」");
    expect(quoted("zh-Hans")).toContain("“{query}”");
    expect(quoted("en")).toContain("“{query}”");
  });

  it("put a no-break space before the French colon and a narrow one before ; ? ! so none starts a line", () => {
    for (const [key, text] of Object.entries(labels.fr!)) {
      for (const form of typeof text === "string" ? [text] : Object.values(text)) {
        expect(form, key).not.toMatch(/[^\u00a0]:|[^\u202f][;?!]|[ \w][:;?!]/u);
      }
    }
    expect(wordOf(labels.fr!, "sourcePrefix")).toBe("Source\u00a0: ");
  });

  it("use full-width colons in Chinese and Japanese interface words", () => {
    for (const language of ["zh-Hans", "zh-Hant", "ja"]) {
      expect(wordOf(labels[language]!, "sourcePrefix"), language).toMatch(/：$/);
      expect(wordOf(labels[language]!, "tagTitle"), language).toContain("：");
      expect(Object.values(labels[language]!).filter((text) => typeof text === "string" && /[^\x00-\x7f]: /.test(text)), language).toEqual([]);
    }
  });
});

describe("checkInterfaceWords", () => {
  it("names, in one problem per file, the keys to add and remove, the lost placeholders and the lacking plural forms", () => {
    const en: Labels = { table: "Table", tagTitle: "Topic: {tag}", pdfPages: { one: "{count} page", other: "{count} pages" } };
    const ru: Labels = { table: "Таблица", tagTitle: "Тема", pdfPages: { one: "{count} страница", other: "{count} страницы" }, extra: "x" };
    const de: Labels = { tagTitle: "Thema: {tag}", pdfPages: { one: "{count} Seite", other: "{count} Seiten" } };
    const problems = checkInterfaceWords({ en, ru, de });
    expect(problems.map((p) => p.file)).toEqual(["_data/labels/ru.json", "_data/labels/de.json"]);
    expect(problems[0]!.message).toContain('remove "extra"');
    expect(problems[0]!.message).toContain('give "pdfPages" exactly the plural forms one, few, many, other');
    expect(problems[0]!.message).toContain('keep {tag} in "tagTitle"');
    expect(problems[1]!.message).toBe('add "table"');
  });
});

describe("pluralFormOf", () => {
  it("picks the form Intl.PluralRules gives the count in the language", () => {
    const ru = labels.ru!.pdfPages!;
    expect(pluralFormOf(ru, 1, "ru")).toBe("{count} страница");
    expect(pluralFormOf(ru, 3, "ru")).toBe("{count} страницы");
    expect(pluralFormOf(ru, 25, "ru")).toBe("{count} страниц");
    expect(pluralFormOf(labels.ar!.pdfPages!, 2, "ar")).toBe("صفحتان");
    expect(pluralFormOf(labels.fr!.scaleMillion!, 1.5, "fr", 1)).toBe("{n} million");
    expect(pluralFormOf(labels.en!.pdfPages!, 1, "en")).toBe("{count} page");
    expect(pluralFormOf("{count}ページ", 1, "ja")).toBe("{count}ページ");
  });
});

describe("readInterfaceWords (the per-process labels cache)", () => {
  it("gives the same words while the files' texts are unchanged, and new ones after any edit, even one that keeps its modification time", () => {
    const folder = tempDir("labels-");
    const file = path.join(folder, "en.json");
    writeFileSync(file, JSON.stringify({ table: "Table" }));
    const first = readInterfaceWords(folder);
    expect(readInterfaceWords(folder)).toBe(first);
    const { mtime } = statSync(file);
    writeFileSync(file, JSON.stringify({ table: "Tabel" }));
    utimesSync(file, mtime, mtime);
    const edited = readInterfaceWords(folder);
    expect(edited).not.toBe(first);
    expect(edited.en?.table).toBe("Tabel");
  });

  it("reads one language per file, named by its tag", () => {
    const folder = tempDir("labels-");
    writeFileSync(path.join(folder, "en.json"), JSON.stringify({ table: "Table" }));
    writeFileSync(path.join(folder, "zh-Hant.json"), JSON.stringify({ table: "表格" }));
    expect(readInterfaceWords(folder)).toEqual({ en: { table: "Table" }, "zh-Hant": { table: "表格" } });
  });
});
