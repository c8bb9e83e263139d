import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatFigure } from "../../../../src/render/format/format-figure.ts";
import type { RenderedBriefing as Briefing } from "../../../../src/render/briefing/rendered-briefing.ts";
import { fileForUrl, listFiles, readPage, siteUrl } from "../../../helpers/site.ts";
import { CHINESE_BRIEFINGS } from "../../../helpers/fixtures.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";
import { renderedBriefings, wordsFor } from "../../../helpers/project.ts";

describe("building a Chinese briefing (the Chinese example, test/fixtures/chinese)", () => {
  const out = sharedSite("chinese");
  let briefing: Briefing;
  let pages: string[];

  beforeAll(() => {
    [briefing] = renderedBriefings(CHINESE_BRIEFINGS) as [Briefing];
    pages = listFiles(out).filter((f) => f.endsWith(".html"));
  });

  it("writes a cover, one page per section, and the figures, updates and sources pages", () => {
    const base = `${briefing.slug}/`;
    expect(pages).toEqual(
      expect.arrayContaining([
        "index.html",
        `${base}index.html`,
        `${base}figures/index.html`,
        `${base}updates/index.html`,
        `${base}about/index.html`,
        ...briefing.sections.map((s) => `${base}${s.id}/index.html`),
      ]),
    );
  });

  it("shows every key figure on the key-figures page with its value and unit, linked to its paragraph", () => {
    const document = readPage(out, `${briefing.slug}/figures/index.html`);
    expect(briefing.figures.length).toBeGreaterThanOrEqual(40);
    for (const figure of briefing.figures) {
      const row = document.getElementById(`figure-${figure.id}`);
      expect(row, figure.id).not.toBeNull();
      expect(row!.querySelector("data")?.textContent).toBe(formatFigure(figure, "zh-CN", wordsFor("zh-CN")));
      expect(row!.querySelector("data")?.textContent).toContain(figure.unit);
      expect(row!.querySelector("data")?.getAttribute("value")).toBe(String(figure.value));
      expect(row!.querySelector("th a")?.getAttribute("href")).toBe(figure.url);
    }
  });

  it("states each figure in the paragraph the figures page links to", () => {
    for (const figure of briefing.figures) {
      const section = briefing.sections.find((s) => s.id === figure.sectionId)!;
      const document = readPage(out, `${briefing.slug}/${section.id}/index.html`);
      const paragraph = document.getElementById(figure.anchor);
      expect(paragraph?.querySelector(`data[data-figure="${figure.id}"]`)?.textContent, figure.id).toBe(formatFigure(figure, "zh-CN", wordsFor("zh-CN")));
    }
  });

  it("lists the sections in order on the cover, and chains them with previous and next links", () => {
    const cover = readPage(out, `${briefing.slug}/index.html`);
    const titles = [...cover.querySelectorAll(".contents__title")].map((el) => el.textContent);
    expect(titles).toEqual(briefing.sections.map((s) => s.title));
    briefing.sections.forEach((section, index) => {
      const page = readPage(out, `${briefing.slug}/${section.id}/index.html`);
      expect(page.querySelector("h1")?.textContent).toBe(section.title);
      const next = page.querySelector('a[rel="next"]')?.getAttribute("href");
      const expected = briefing.sections[index + 1]?.url ?? `${briefing.url}figures/`;
      expect(next).toBe(expected);
    });
  });

  it("marks every page as zh-CN, with one h1, a main landmark and a working skip link", () => {
    for (const file of pages) {
      const document = readPage(out, file);
      expect(document.documentElement.getAttribute("lang"), file).toBe("zh-CN");
      expect(document.querySelectorAll("h1").length, file).toBe(1);
      expect(document.querySelectorAll("main#main").length, file).toBe(1);
      // The print edition is a document for Chromium to print: no skip link, no site navigation.
      if (file.endsWith("/print/index.html")) continue;
      expect(document.querySelector("a.skip-link")?.getAttribute("href"), file).toBe("#main");
      if (file.startsWith(briefing.slug)) {
        expect(document.querySelector("nav.briefing-nav a")?.getAttribute("href"), file).toBe(briefing.url);
        expect(document.title, file).toContain(briefing.shortTitle);
      }
    }
  });

  it("links only to files and anchors that exist", () => {
    const broken: string[] = [];
    for (const file of pages) {
      const document = readPage(out, file);
      for (const element of document.querySelectorAll("a[href], link[href], img[src], script[src]")) {
        const href = element.getAttribute("href") ?? element.getAttribute("src")!;
        const url = siteUrl(file, href);
        if (url === undefined) continue;
        const target = fileForUrl(out, url);
        if (!target) {
          broken.push(`${file}: ${href}`);
          continue;
        }
        const anchor = url.split("#")[1];
        if (anchor && target.endsWith(".html") && !readPage(out, target).getElementById(decodeURIComponent(anchor))) {
          broken.push(`${file}: ${href} (no #${anchor})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("asks no other host for fonts, styles or scripts", () => {
    const external: string[] = [];
    for (const file of listFiles(out)) {
      if (file.endsWith(".html")) {
        const document = readPage(out, file);
        for (const element of document.querySelectorAll("link[href], img[src], script[src], source[src]")) {
          const href = element.getAttribute("href") ?? element.getAttribute("src")!;
          if (/^(https?:)?\/\//.test(href) && element.getAttribute("rel") !== "canonical") external.push(`${file}: ${href}`);
        }
      }
      if (file.endsWith(".css")) {
        for (const match of readFileSync(path.join(out, file), "utf8").matchAll(/url\(\s*['"]?([^'")]+)/g)) {
          if (/^(https?:)?\/\//.test(match[1]!)) external.push(`${file}: ${match[1]}`);
        }
      }
    }
    expect(external).toEqual([]);
  });

  it("self-hosts every font file its stylesheet names", () => {
    const css = readFileSync(path.join(out, "assets/fonts/fonts.css"), "utf8");
    const files = [...css.matchAll(/url\(\.\/files\/([^)]+)\)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(100);
    const present = new Set(listFiles(path.join(out, "assets/fonts/files")));
    expect(files.filter((f) => !present.has(f))).toEqual([]);
  });
});

describe("building another briefing", () => {
  it("serves an English briefing with English interface words", () => {
    const document = readPage(sharedSite("english"), "trade-note/figures/index.html");
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.querySelector("h1")?.textContent).toBe("Key figures");
    expect(document.getElementById("figure-containers")?.querySelector("data")?.textContent).toBe("nearly 12,000 TEU");
  });
});
