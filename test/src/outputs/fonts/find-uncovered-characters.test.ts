import { describe, expect, it } from "vitest";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { FontCoverage } from "../../../../src/outputs/fonts/font-coverage.ts";
import { findUncoveredCharacters, uncoveredCharactersMessage } from "../../../../src/outputs/fonts/find-uncovered-characters.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

const theme = readSettings().theme;
const coverage = new FontCoverage(tempDir("briefing-coverage-"));
const page = (url: string, lang: string, body: string) => ({ url, content: `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>` });

describe("findUncoveredCharacters", () => {
  it("passes pages in Arabic, Japanese, Korean, Traditional Chinese, Russian, Greek and French, each in its own language", async () => {
    const pages = [
      page("/ar/", "ar", "<p>خلال عام ٢٠٢٣، ارتفع عدد المسافرين بنسبة +31.7%؛ «الميناء»</p>"),
      page("/ja/", "ja-JP", "<p>訪日外客数は約2,507万人、今次の過去最高。「節約」・〜</p>"),
      page("/ko/", "ko", "<p>한국어 문장입니다. 漢字</p>"),
      page("/zh-tw/", "zh-TW", "<p>臺灣的觀光客「過去」</p>"),
      page("/ru/", "ru", "<p>Электроэнергия — «рост» № 5</p>"),
      page("/el/", "el", "<p>Ελληνικά</p>"),
      page("/fr/", "fr-FR", "<p>12,5 % d’électricité « œuvre » CO<sub>2</sub></p>"),
    ];
    expect(await findUncoveredCharacters(pages, theme.fonts, coverage)).toEqual([]);
  });

  it("names a planted character no font draws, with its page and language", async () => {
    const pages = [page("/fine/", "en", "<p>fine</p>"), page("/planted/", "en", "<p>A note 𓀀 here</p>")];
    expect(await findUncoveredCharacters(pages, theme.fonts, coverage)).toEqual([{ url: "/planted/", codePoint: 0x13000, language: "en" }]);
  });

  it("passes French numbers and punctuation with U+202F, which the Latin fonts lack but Chromium draws with their own space", async () => {
    const pages = [page("/fr/", "fr-FR", "<p>14,8\u202f% de 12\u202f345 habitants\u202f; fin</p>")];
    expect(await findUncoveredCharacters(pages, theme.fonts, coverage)).toEqual([]);
  });

  it("names CO₂'s subscript two, which no bundled font draws (a PDF once embedded it as Type 3)", async () => {
    const pages = [page("/fr/", "fr", "<p>Émissions de CO₂</p>")];
    expect(await findUncoveredCharacters(pages, theme.fonts, coverage)).toEqual([{ url: "/fr/", codePoint: 0x2082, language: "fr" }]);
  });

  it("finds Arabic on an English page unmarked, and passes it once marked lang=ar", async () => {
    const unmarked = page("/quote/", "en", "<p>The word خلال means during.</p>");
    const marked = page("/quote/", "en", `<p>The word <span lang="ar">خلال</span> means during.</p>`);
    const [found] = await findUncoveredCharacters([unmarked], theme.fonts, coverage);
    expect(found).toMatchObject({ url: "/quote/", language: "en" });
    expect("خلال").toContain(String.fromCodePoint(found!.codePoint));
    expect(await findUncoveredCharacters([marked], theme.fonts, coverage)).toEqual([]);
  });

  it("says which character, where, and how to fix it, in one message", () => {
    const message = uncoveredCharactersMessage([{ url: "/planted/", codePoint: 0x13000, language: "en" }], "ink");
    expect(message).toContain(`/planted/: U+13000 "𓀀", in lang="en", is in no font of the theme "ink"`);
    expect(message).toMatch(/Fix: .*lang.*_data\/themes\.json/);
  });
});
