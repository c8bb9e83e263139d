import { describe, expect, it } from "vitest";
import { fontScript, textDirection } from "../../../src/content/language-script.ts";

describe("fontScript", () => {
  it("tells Japanese, Korean and Traditional Chinese apart from Simplified Chinese, which share Han characters", () => {
    expect(fontScript("ja-JP")).toBe("japanese");
    expect(fontScript("ko")).toBe("korean");
    expect(fontScript("zh-Hant")).toBe("traditionalChinese");
    expect(fontScript("zh-TW")).toBe("traditionalChinese");
    expect(fontScript("zh-HK")).toBe("traditionalChinese");
    expect(fontScript("zh-CN")).toBe("cjk");
    expect(fontScript("zh-Hans-HK")).toBe("cjk");
    expect(fontScript("zh")).toBe("cjk");
  });

  it("sets Arabic-script languages in the Arabic font and Latin, Cyrillic and Greek ones in the Latin font", () => {
    for (const language of ["ar", "ar-EG", "fa", "ur"]) expect(fontScript(language), language).toBe("arabic");
    for (const language of ["en", "fr-CA", "ru", "el", "de", "es-419"]) expect(fontScript(language), language).toBe("latin");
  });

  it("follows an explicit script subtag over the language's usual script", () => {
    expect(fontScript("ja-Latn")).toBe("latin");
    expect(fontScript("az-Arab")).toBe("arabic");
  });
});

describe("textDirection", () => {
  it("writes Arabic, Hebrew, Persian and Urdu right to left", () => {
    for (const language of ["ar", "ar-SA", "he", "fa-IR", "ur"]) expect(textDirection(language), language).toBe("rtl");
  });

  it("writes every other language left to right, and follows an explicit script subtag", () => {
    for (const language of ["en", "zh-CN", "ja", "ru", "arn"]) expect(textDirection(language), language).toBe("ltr");
    expect(textDirection("ar-Latn")).toBe("ltr");
    expect(textDirection("az-Arab")).toBe("rtl");
  });
});
