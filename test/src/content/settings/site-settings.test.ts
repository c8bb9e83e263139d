import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSiteLanguages, feedLanguageOf, siteLanguageOf, siteSettingsFrom } from "../../../../src/content/settings/site-settings.ts";
import { readSiteFile } from "../../../../src/content/settings/site-file.ts";
import { readInterfaceWords } from "../../../../src/content/interface-words.ts";
import { ContentError } from "../../../../src/base/content-error.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { runScript } from "../../../helpers/run-script.ts";

const FEED = { title: "Briefings", subtitle: "New briefings", author: { name: "Desk" }, language: "en", limit: 10 };

/** Reads the shipped site.json, or checks one holding `site` (with a title, description and language), with the SITE_URL given. */
function readSiteSettings(site: Record<string, unknown> | "shipped", siteUrl?: string) {
  const file = site === "shipped" ? readSiteFile("_data") : { where: "_data/site.json", data: { title: "Briefings", description: "Briefings of the desk.", language: "en", ...site } };
  return siteSettingsFrom(file, siteUrl);
}

describe("reading the site's base URL and feed settings", () => {
  function problemOf(run: () => unknown): { file: string; field?: string; message: string } {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems[0]!;
    }
    throw new Error("expected a ContentError");
  }

  it("names a missing per-language setting and what it sets, with both ways to write it", () => {
    const { author: _author, ...feedWithoutAuthor } = FEED;
    const problems = (() => {
      try {
        siteSettingsFrom({ where: "_data/site.json", data: { description: "Briefings of the desk.", language: "en", url: "https://example.org/", feed: { ...feedWithoutAuthor, title: 7 } } });
      } catch (error) {
        return (error as ContentError).problems;
      }
      return [];
    })();
    expect(problems).toEqual([
      { file: "_data/site.json", field: "title", message: expect.stringMatching(/^is missing: give the site's name \(one text for every language, or one per language: \{ "en": "…", "fr": "…" \}\)$/) },
      { file: "_data/site.json", field: "feed.title", message: expect.stringMatching(/^is not a text: write it as one text for every language, or one per language/) },
      { file: "_data/site.json", field: "feed.author", message: expect.stringMatching(/^is missing: give the feeds' author/) },
    ]);
  });

  it("reads the shipped settings", () => {
    const settings = readSiteSettings("shipped");
    expect(settings.url).toBe("https://briefings.example.org/");
    expect(settings.pathPrefix).toBe("/");
    expect(settings.idAuthority).toBe("briefings.example.org");
    expect(settings.feed.limit).toBeGreaterThan(0);
  });

  it("takes the sub-path of the base URL as the path prefix, and adds a missing final slash", () => {
    const settings = readSiteSettings({ url: "https://example.org/briefings", feed: FEED });
    expect(settings.url).toBe("https://example.org/briefings/");
    expect(settings.pathPrefix).toBe("/briefings/");
  });

  it("lets SITE_URL override url", () => {
    const settings = readSiteSettings({ url: "https://example.org/", feed: FEED }, "https://staging.example.org/b/");
    expect(settings.url).toBe("https://staging.example.org/b/");
    expect(settings.idAuthority).toBe("staging.example.org");
  });

  it("stops with a message naming site.json and url when the base URL is missing or relative", () => {
    const missing = problemOf(() => readSiteSettings({ feed: FEED }));
    expect(missing.file).toMatch(/site\.json$/);
    expect(missing.field).toBe("url");
    expect(missing.message).toMatch(/missing.*https:\/\/briefings\.example\.org\//);

    const relative = problemOf(() => readSiteSettings({ url: "/briefings/", feed: FEED }));
    expect(relative.field).toBe("url");
    expect(relative.message).toMatch(/"\/briefings\/" is not an absolute URL/);

    const fromEnvironment = problemOf(() => readSiteSettings({ url: "https://example.org/", feed: FEED }, "briefings.example.org"));
    expect(fromEnvironment.file).toMatch(/SITE_URL/);
  });

  it("names the feed field that is wrong", () => {
    const problem = problemOf(() => readSiteSettings({ url: "https://example.org/", feed: { ...FEED, limit: 0 } }));
    expect(problem.field).toBe("feed.limit");
  });
});

describe("the site's languages", () => {
  const shipped = readSiteSettings("shipped");
  const labels = readInterfaceWords();
  const en = { language: "en" };
  const zh = { language: "zh-CN" };

  it("takes the briefings' language when they share one, else the site's, for pages outside a briefing and the feeds", () => {
    expect(siteLanguageOf([en, en], "zh-CN")).toBe("en");
    expect(siteLanguageOf([en, zh], "zh-CN")).toBe("zh-CN");
    expect(siteLanguageOf([], "zh-CN")).toBe("zh-CN");
    expect(feedLanguageOf({ ...shipped, feed: { ...shipped.feed, language: "en-GB" } }, [zh])).toBe("en-GB");
    expect(feedLanguageOf(shipped, [en])).toBe("en");
  });

  it("accepts the shipped settings for English and Chinese briefings", () => {
    expect(() => checkSiteLanguages(shipped, [en, zh, { language: "en-GB" }, { language: "zh-Hans" }], labels)).not.toThrow();
  });

  it("accepts briefings in every shipped language with the settings given only in Chinese and English: no second round of refusals", () => {
    const languages = ["fr-FR", "ja-JP", "ar", "ru", "es", "de-DE", "pt-BR", "ko", "zh-TW"].map((language) => ({ language }));
    expect(() => checkSiteLanguages(shipped, languages, labels)).not.toThrow();
  });

  it("names the one labels file to add for a language not shipped, once however many briefings use it, and nothing else", () => {
    const problems = problemsOf(() => checkSiteLanguages(shipped, [{ language: "it" }, { language: "it-CH" }], labels));
    expect(problems).toEqual([{ file: "_data/labels/it.json", message: expect.stringMatching(/"it", "it-CH".*copy _data\/labels\/en\.json to this file and translate its \d+ entries.*\(one, many, other\)/) }]);
  });

  function problemsOf(run: () => unknown): Array<{ file: string; field?: string; message: string }> {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems;
    }
    throw new Error("expected a ContentError");
  }
});

describe("scripts/build-site.ts with a relative base URL", () => {
  it("stops before building, with one clear message and no stack trace, and leaves the published site as it was", () => {
    const work = tempDir();
    try {
      const output = path.join(work, "output");
      mkdirSync(output);
      writeFileSync(path.join(output, "index.html"), "published");
      const result = runScript("scripts/build-site.ts", { SITE_URL: "briefings/", BUILD_OUTPUT_DIR: output });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/SITE_URL environment variable: "briefings\/" is not an absolute URL.*https:\/\/example\.org\/briefings\//);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("published");
      expect(readdirSync(work)).toEqual(["output"]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
