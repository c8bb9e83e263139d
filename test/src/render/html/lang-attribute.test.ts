import { describe, expect, it } from "vitest";
import { langAttribute } from "../../../../src/render/html/lang-attribute.ts";

describe("langAttribute", () => {
  it("marks text in another language, and nothing when the page is in the same one", () => {
    expect(langAttribute("fr", "en")).toBe(` lang="fr"`);
    expect(langAttribute("EN", "en")).toBe("");
    expect(langAttribute(undefined, "en")).toBe("");
  });

  it("adds dir when the text runs the other way from its page, both ways", () => {
    expect(langAttribute("ar", "en")).toBe(` lang="ar" dir="rtl"`);
    expect(langAttribute("ja-JP", "ar")).toBe(` lang="ja-JP" dir="ltr"`);
    expect(langAttribute("he", "ar")).toBe(` lang="he"`);
  });
});
