import { describe, expect, it } from "vitest";
import { indexLanguage } from "../../../../src/outputs/search/index-language.ts";

describe("indexLanguage", () => {
  it("lets Pagefind index a one-language site in its own language", () => {
    expect(indexLanguage(["zh-CN", "zh-CN"], "zh-CN")).toBeUndefined();
    expect(indexLanguage(["en", "en-GB"], "zh-CN")).toBeUndefined();
  });

  it("indexes a Chinese and English site as Chinese, so Chinese text is segmented and one search finds both", () => {
    expect(indexLanguage(["en", "zh-CN", "en"], "en")).toBe("zh");
  });

  it("indexes a site of several space-separated languages in the site's language", () => {
    expect(indexLanguage(["en", "fr"], "fr-FR")).toBe("fr");
  });
});
