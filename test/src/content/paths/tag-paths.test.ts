import { describe, expect, it } from "vitest";
import { tagCollisions, tagCollisionsInEveryLanguage, tagSlug } from "../../../../src/content/paths/tag-paths.ts";

describe("tagSlug", () => {
  it("writes Latin tags as lower-case words joined by hyphens, without accents or punctuation", () => {
    expect(tagSlug("Port Traffic")).toBe("port-traffic");
    expect(tagSlug("Customs & Excise")).toBe("customs-excise");
    expect(tagSlug("Économie")).toBe("economie");
    expect(tagSlug("  --Trade--  ")).toBe("trade");
  });

  it("keeps Chinese tags as they are, so their URLs stay readable and stable", () => {
    expect(tagSlug("国际赛事")).toBe("国际赛事");
    expect(tagSlug("国际 赛事")).toBe("国际-赛事");
  });

  it("gives tags that differ only in case or punctuation the same slug", () => {
    expect(new Set(["Trade", "trade", "TRADE!"].map(tagSlug))).toEqual(new Set(["trade"]));
  });

  it("keeps Japanese voiced marks, Devanagari vowel signs and Arabic letters: they are part of the word", () => {
    expect(tagSlug("がいこう")).toBe("がいこう");
    expect(tagSlug("パスポート")).toBe("パスポート");
    expect(tagSlug("ｶﾞｲｺｳ")).toBe("ガイコウ");
    expect(tagSlug("हिंदी")).toBe("हिंदी");
    expect(tagSlug("التجارة الدولية")).toBe("التجارة-الدولية");
  });

  it("leaves out anything written like markup, so a tag of pasted HTML names no page after its tags", () => {
    expect(tagSlug("<script>alert(1)</script>")).toBe("alert-1");
    expect(tagSlug("ports & <b>harbours</b>")).toBe("ports-harbours");
    expect(tagSlug("<img src=x onerror=alert(1)>")).toBe("");
    expect(tagSlug("a < b > c")).toBe("a-c");
  });
});

describe("tagSlug in every script (issue 16)", () => {
  it("keeps the marks that are part of a letter: インバウンド stays インバウンド, so ガス and カス get two pages", () => {
    expect(tagSlug("インバウンド")).toBe("インバウンド");
    expect(tagSlug("ガス")).not.toBe(tagSlug("カス"));
    expect(tagSlug("Йемен")).toBe("йемен");
    expect(tagSlug("Йемен")).not.toBe(tagSlug("Иемен"));
    expect(tagSlug("الطاقة المتجددة")).toBe("الطاقة-المتجددة");
    expect(tagSlug("한국 경제")).toBe("한국-경제");
  });

  it("normalises (NFKC): a decomposed or half-width tag takes the same address as the composed one", () => {
    expect(tagSlug("ｲﾝﾊﾞｳﾝﾄﾞ")).toBe("インバウンド");
    expect(tagSlug("インハ\u3099ウント\u3099")).toBe("インバウンド");
    expect(tagSlug("Ｔｒａｄｅ")).toBe("trade");
    expect(tagSlug("E\u0301nergie")).toBe("energie");
  });

  it("strips accents from Latin letters only, as before", () => {
    expect(tagSlug("Électricité")).toBe("electricite");
    expect(tagSlug("Energía")).toBe("energia");
  });
});

describe("tagCollisions", () => {
  it("names two different tags that would share one page, with both files and the fix", () => {
    const problems = tagCollisions([
      { file: "briefings/a/briefing.yaml", tags: ["C++", "Trade"] },
      { file: "briefings/b/briefing.yaml", tags: ["C", "trade", "TRADE!"] },
    ]);
    expect(problems).toEqual([
      { file: "briefings/b/briefing.yaml", field: "tags", message: expect.stringMatching(/"C" would share the page \/tags\/c\/ with the tag "C\+\+" \(briefings\/a\/briefing\.yaml\).*write one of them differently/) },
    ]);
  });

  it("finds none among tags in different scripts that only look alike once marks are dropped", () => {
    expect(tagCollisions([{ file: "a", tags: ["ガス", "カス", "インバウンド", "インハウント"] }])).toEqual([]);
  });
});

describe("tagCollisionsInEveryLanguage", () => {
  const chinese = { file: "a/briefing.yaml", language: "zh-CN", tags: ["贸易"], editions: [{ language: "en", tags: ["C++"] }] };

  it("finds a collision among the topics one language section lists: an English edition's beside an English briefing's", () => {
    const problems = tagCollisionsInEveryLanguage([chinese, { file: "b/briefing.yaml", language: "en", tags: ["C"], editions: [] }]);
    expect(problems).toEqual([{ file: "b/briefing.yaml", field: "tags", message: expect.stringMatching(/"C" would share the en topics' page …\/tags\/c\/ with the tag "C\+\+" \(a\/briefing\.yaml\)/) }]);
  });

  it("finds none between topics that no one section lists together", () => {
    // The French briefing's "C" is listed in the English section beside "C++" only if it has no English edition.
    const french = { file: "b/briefing.yaml", language: "fr", tags: ["C"], editions: [{ language: "en", tags: ["Trade"] }] };
    expect(tagCollisionsInEveryLanguage([chinese, french])).toEqual([]);
  });
});
