import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/base/content-error.ts";
import { interfaceWordsFor, LABELS_FILE, readInterfaceWords, type Labels } from "../../../src/content/interface-words.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { matchLanguage } from "../../../src/content/language-match.ts";

const labels = JSON.parse(readFileSync(LABELS_FILE, "utf8")) as Record<string, Labels>;

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
});

describe("interfaceWordsFor", () => {
  it("gives each language its own words, never another language's", () => {
    expect(interfaceWordsFor(labels, "zh-CN").contents).toBe("目录");
    expect(interfaceWordsFor(labels, "zh-Hans").contents).toBe("目录");
    expect(interfaceWordsFor(labels, "en-GB").contents).toBe("Contents");
  });

  it("stops on a language without words, naming the labels file and the key to add", () => {
    let error: unknown;
    try {
      interfaceWordsFor(labels, "fr-FR");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const [problem, ...rest] = (error as ContentError).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "_data/labels.json", field: "fr" });
    expect(problem!.message).toMatch(/no interface words for the language "fr-FR"; add a "fr" object/);
  });

  it("has the same words, all filled in, in every language of the labels file", () => {
    const english = Object.keys(labels.en!).sort();
    expect(english.length).toBeGreaterThan(40);
    for (const [language, words] of Object.entries(labels)) {
      expect(Object.keys(words).sort(), language).toEqual(english);
      expect(Object.entries(words).filter(([, text]) => !text.trim()), language).toEqual([]);
    }
  });
});

describe("readInterfaceWords (the per-process labels cache)", () => {
  it("gives the same words while the file's text is unchanged, and new ones after any edit, even one that keeps its modification time", () => {
    const file = path.join(tempDir("labels-"), "labels.json");
    writeFileSync(file, JSON.stringify({ en: { table: "Table" } }));
    const first = readInterfaceWords(file);
    expect(readInterfaceWords(file)).toBe(first);
    const { mtime } = statSync(file);
    writeFileSync(file, JSON.stringify({ en: { table: "Tabel" } }));
    utimesSync(file, mtime, mtime);
    const edited = readInterfaceWords(file);
    expect(edited).not.toBe(first);
    expect(edited.en?.table).toBe("Tabel");
  });
});
