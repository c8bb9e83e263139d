import { describe, expect, it } from "vitest";
import { languageSections, sectionOf, sectionPath, siteSections } from "../../../../src/content/paths/language-sections.ts";

describe("language sections", () => {
  it("puts the site's language at the root and every other briefing language under its language subtag", () => {
    expect(languageSections(["fr-FR", "ja-JP", "ar", "fr-FR", "zh-CN"], "zh-CN")).toEqual([
      { language: "zh-CN", prefix: "/", isRoot: true },
      { language: "ar", prefix: "/ar/", isRoot: false },
      { language: "fr-FR", prefix: "/fr/", isRoot: false },
      { language: "ja-JP", prefix: "/ja/", isRoot: false },
    ]);
  });

  it("gives one section to tags that name the same language once filled in (zh and zh-CN)", () => {
    expect(languageSections(["zh", "zh-CN"], "zh-CN").map((section) => section.prefix)).toEqual(["/"]);
  });

  it("spells out the whole tag when two sections would share a subtag (zh-TW beside zh-CN, en-GB beside en-US)", () => {
    expect(languageSections(["zh-TW", "en-GB", "en-US"], "zh-CN").map((section) => section.prefix)).toEqual(["/", "/en-gb/", "/en-us/", "/zh-tw/"]);
  });

  it("has only the root when every briefing shares one language, which becomes the root's", () => {
    expect(siteSections([{ language: "en" }, { language: "en" }], "zh-CN")).toEqual([{ language: "en", prefix: "/", isRoot: true }]);
  });

  it("finds a page's section by its language, and the root for a language with no section", () => {
    const sections = languageSections(["fr-FR"], "zh-CN");
    expect(sectionOf(sections, "fr-FR").prefix).toBe("/fr/");
    expect(sectionOf(sections, "zh").prefix).toBe("/");
    expect(sectionOf(sections, "de").prefix).toBe("/");
  });

  it("puts a root path inside a section", () => {
    expect(sectionPath({ prefix: "/fr/" }, "/search/")).toBe("/fr/search/");
    expect(sectionPath({ prefix: "/" }, "/search/")).toBe("/search/");
  });
});
