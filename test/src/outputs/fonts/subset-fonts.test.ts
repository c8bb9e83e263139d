import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { beforeAll, describe, expect, it } from "vitest";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { fontFaces, parseUnicodeRange } from "../../../../src/outputs/fonts/font-faces.ts";
import { firstShownIn, subsetFontFaces, subsetFontFacesShown, subsetKey } from "../../../../src/outputs/fonts/subset-fonts.ts";
import { isCjkLanguage } from "../../../../src/content/language-match.ts";
import { readPage } from "../../../helpers/site.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { filesUnder } from "../../../helpers/languages.ts";
import { connectSharedBrowser, sharedSite } from "../../../helpers/shared-site.ts";
import { sharedSitePrefix } from "../../../helpers/site-in-chromium.ts";
import { closeBrowser } from "../../../../src/base/launch-browser.ts";
import { serveFolder } from "../../../../src/base/serve-folder.ts";
import { openPage } from "../../../helpers/open-page.ts";

/** One @font-face rule of the built fonts.css, with the code points of its file's cmap. */
interface BuiltFace {
  family: string;
  weight: number;
  file: string;
  bytes: number;
  range: Set<number>;
  cmap: Set<number>;
}

const theme = readSettings().theme;

function readFaces(out: string, stylesheet = "fonts.css"): BuiltFace[] {
  const css = readFileSync(path.join(out, "assets/fonts", stylesheet), "utf8");
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, rule]) => {
    const file = path.join(out, "assets/fonts/files", /url\(\.\/files\/([^)]+)\)/.exec(rule!)![1]!);
    const range = new Set<number>();
    for (const [first, last] of parseUnicodeRange(/unicode-range:([^;}]+)/.exec(rule!)![1]!)) for (let cp = first; cp <= last; cp++) range.add(cp);
    const font = fontkit.openSync(file) as fontkit.Font;
    return {
      family: /font-family:'([^']+)'/.exec(rule!)![1]!,
      weight: Number(/font-weight:(\d+)/.exec(rule!)![1]),
      file,
      bytes: statSync(file).size,
      range,
      cmap: new Set(font.characterSet),
    };
  });
}

/** Each page's drawn characters, parsed once: the tests below ask for a page's many times. */
const drawnByPage = new Map<string, Set<number>>();

/** The characters a page draws: its title and its body's text, without white space or characters never drawn on their own (U+FE0E). */
function drawnCharacters(out: string, file: string): Set<number> {
  const key = path.join(out, file);
  const known = drawnByPage.get(key);
  if (known) return known;
  const page = readPage(out, file);
  const text = `${page.title}${page.body.textContent ?? ""}`.replace(/\s+|\p{Default_Ignorable_Code_Point}/gu, "");
  const drawn = new Set([...text].map((c) => c.codePointAt(0)!));
  drawnByPage.set(key, drawn);
  return drawn;
}

/**
 * The pages most likely to need the most font: the home page and, per language, the briefing
 * cover, figures page and section with the most distinct characters among that language's
 * briefings (each page in a fresh browser costs seconds, so not all of them; the archive site's
 * older copies draw the same text as the briefings they copy, so one of each kind per language).
 * @returns the pages, and how many languages the briefings are in
 */
function heaviestPages(out: string, pages: string[]): { pages: string[]; languages: number } {
  const heaviest = (candidates: string[]) => candidates.sort((a, b) => drawnCharacters(out, b).size - drawnCharacters(out, a).size)[0]!;
  // A briefing's folder has a key-figures page; the topic pages and the search page do not.
  const briefings = [...new Set(pages.filter((f) => /^[^/]+\/figures\/index\.html$/.test(f)).map((f) => f.split("/")[0]!))].sort();
  const byLanguage = new Map<string, string[]>();
  for (const slug of briefings) {
    const language = readPage(out, `${slug}/index.html`).documentElement.lang;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), slug]);
  }
  const chosen = ["index.html"];
  for (const slugs of byLanguage.values()) {
    const own = (f: string) => slugs.some((slug) => f.startsWith(`${slug}/`));
    const sections = pages.filter((f) => own(f) && !/\/(print|figures|updates|about)\/index\.html$/.test(f) && !/^[^/]+\/index\.html$/.test(f));
    chosen.push(heaviest(slugs.map((slug) => `${slug}/index.html`)), heaviest(slugs.map((slug) => `${slug}/figures/index.html`)), heaviest(sections));
  }
  return { pages: chosen, languages: byLanguage.size };
}

// The archive site (test/shared-sites.ts): Chinese and English briefings in one site.
describe("the site's fonts, cut down to the characters it shows", () => {
  const out = sharedSite("archive");
  let faces: BuiltFace[];
  let printFaces: BuiltFace[];
  let pages: string[];

  beforeAll(() => {
    faces = readFaces(out);
    printFaces = readFaces(out, "fonts-print.css");
    pages = filesUnder(out).filter((f) => f.endsWith(".html"));
  });

  it("ships only the files fonts.css and fonts-print.css name, each holding every character its rule promises", () => {
    const shipped = filesUnder(path.join(out, "assets/fonts/files")).map((f) => path.join(out, "assets/fonts/files", f));
    expect(shipped.sort()).toEqual([...new Set([...faces, ...printFaces].map((f) => f.file))].sort());
    expect(printFaces.length).toBeLessThan(faces.length);
    const broken = [...faces, ...printFaces].filter((face) => [...face.range].some((cp) => !face.cmap.has(cp))).map((f) => path.basename(f.file));
    expect(broken).toEqual([]);
  });

  it("covers every character of every page, print editions included, in each font and weight the page may draw it with", () => {
    const missing: string[] = [];
    for (const file of pages) {
      for (const role of ["body", "heading"] as const) {
        const families = [theme.fonts[role].latin.family, theme.fonts[role].cjk.family];
        for (const weight of [400, 700]) {
          const covered = new Set((file.includes("/print/") ? printFaces : faces).filter((f) => families.includes(f.family) && f.weight === weight).flatMap((f) => [...f.range]));
          for (const cp of drawnCharacters(out, file)) if (!covered.has(cp)) missing.push(`${file} ${role} ${weight}: ${String.fromCodePoint(cp)} U+${cp.toString(16)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  // The bound: a Chinese page draws a few hundred distinct Han characters, in up to four faces
  // (serif and sans, regular and bold), at about 0.3 kB a glyph: the shipped home page fetches
  // about 250 kB and its longest section about 390 kB. 450 kB leaves room for a longer section and
  // fails if whole slices ship again (the home page fetched 1.5 MB of fonts before). English pages
  // draw a few dozen glyphs from the Latin fonts only (30 to 50 kB).
  it("has Chromium fetch under 450 kB of fonts for a Chinese page and 80 kB for an English one (home, covers, figures, longest sections)", async () => {
    const server = await serveFolder(out, sharedSitePrefix("archive"));
    const browser = await connectSharedBrowser();
    const fetched: string[] = [];
    const { pages: heaviest, languages } = heaviestPages(out, pages);
    try {
      for (const file of heaviest) {
        // A fresh context each time, so no page finds another's fonts in the cache.
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const fonts: Array<Promise<number>> = [];
        page.on("response", (response) => {
          if (response.url().endsWith(".woff2")) fonts.push(response.buffer().then((body) => body.length));
        });
        await openPage(page, server.url + file.replace(/index\.html$/, ""));
        await page.evaluate(() => document.fonts.ready);
        const language = await page.evaluate(() => document.documentElement.lang);
        const bytes = (await Promise.all(fonts)).reduce((sum, n) => sum + n, 0);
        await context.close();
        fetched.push(`${file} ${language} ${bytes > (isCjkLanguage(language) ? 450_000 : 80_000) || bytes === 0 ? "over" : "ok"} ${bytes}`);
      }
    } finally {
      await closeBrowser(browser);
      await server.close();
    }
    // The home page, and three pages of each language's briefings: Chinese and English.
    expect(languages).toBe(2);
    expect(fetched.length).toBe(1 + 3 * languages);
    expect(heaviest).toHaveLength(fetched.length);
    expect(fetched.filter((line) => !/ ok \d+$/.test(line))).toEqual([]);
  });

  it("keeps fonts.css small", () => {
    expect(statSync(path.join(out, "assets/fonts/fonts.css")).size).toBeLessThan(150_000);
  });
});

describe("subsetFontFaces", () => {
  it("gives the same bytes from a fresh cache, and gives the home page's characters files of their own", async () => {
    const slices = fontFaces(theme.fonts.body.cjk).filter((face) => face.weight === 400);
    const texts = ["首页的文字 Home", "另一页的文字，和首页共用“文字”。"];
    const first = await subsetFontFaces(slices, texts, tempDir("fonts-"));
    const second = await subsetFontFaces(slices, texts, tempDir("fonts-"));
    expect(second.css).toBe(first.css);
    expect(second.files.map((f) => f.bytes.toString("base64"))).toEqual(first.files.map((f) => f.bytes.toString("base64")));
    const ranges = [...first.css.matchAll(/unicode-range:([^}]+)\}/g)].map(([, range]) =>
      parseUnicodeRange(range!).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join(""),
    );
    const home = ranges.filter((chars) => [...chars].some((c) => texts[0]!.includes(c)));
    // Characters first shown on the home page never share a file with those shown only later.
    expect(home.join("").split("").every((c) => texts[0]!.includes(c))).toBe(true);
    expect([...new Set(ranges.join(""))].sort()).toEqual([...new Set((texts[0]! + texts[1]!).replace(/\s/g, " "))].filter((c) => slices.some((f) => f.ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b))).sort());
  });
});

describe("subsetFontFacesShown", () => {
  it("gives a slice each of its characters once, whatever the order or overlap of its unicode-range", async () => {
    const slices = fontFaces(theme.fonts.body.cjk).filter((face) => face.weight === 400);
    const texts = ["首页的文字 Home", "另一页的文字，和首页共用“文字”。"];
    const cacheDir = tempDir("fonts-");
    const plain = await subsetFontFaces(slices, texts, cacheDir);
    // The same slices with their ranges backwards and each range's first half given again, overlapping it.
    const tangled = slices.map((face) => ({ ...face, ranges: [...face.ranges, ...face.ranges.map(([a, b]): [number, number] => [a, a + Math.floor((b - a) / 2)])].reverse() }));
    const shown = await subsetFontFacesShown(tangled, firstShownIn(texts), cacheDir);
    const characters = (css: string) => [...css.matchAll(/unicode-range:([^}]+)\}/g)].map(([, range]) => range);
    expect(characters(shown.css)).toEqual(characters(plain.css));
    expect(shown.files.map((f) => f.name)).toEqual(plain.files.map((f) => f.name));
  });
});

describe("the font subset cache", () => {
  const source = new Uint8Array([0, 1, 0, 0, 1, 2, 3]);
  const key = subsetKey(source, [0x4e00, 0x4e8c], "woff2", "code-a");

  it("gives a subset a new key when anything that makes it changes: the font, the characters, the format or the code", () => {
    expect(subsetKey(source, [0x4e00, 0x4e8c], "woff2", "code-a")).toBe(key);
    expect(subsetKey(new Uint8Array([0, 1, 0, 0, 1, 2, 4]), [0x4e00, 0x4e8c], "woff2", "code-a")).not.toBe(key);
    expect(subsetKey(source, [0x4e00, 0x4e8d], "woff2", "code-a")).not.toBe(key);
    expect(subsetKey(source, [0x4e00, 0x4e8c], "truetype", "code-a")).not.toBe(key);
    expect(subsetKey(source, [0x4e00, 0x4e8c], "woff2", "code-b")).not.toBe(key);
  });

  it("reuses a subset made before: a second run writes nothing new to the cache", async () => {
    const slices = fontFaces(theme.fonts.body.cjk).filter((face) => face.weight === 400);
    const cacheDir = tempDir("fonts-");
    await subsetFontFaces(slices, ["缓存的文字"], cacheDir);
    const entries = readdirSync(cacheDir).sort();
    expect(entries.length).toBeGreaterThan(0);
    await subsetFontFaces(slices, ["缓存的文字"], cacheDir);
    expect(readdirSync(cacheDir).sort()).toEqual(entries);
    await subsetFontFaces(slices, ["缓存的文字，多一个"], cacheDir);
    expect(readdirSync(cacheDir).length).toBeGreaterThan(entries.length);
  });
});

describe("firstShownIn", () => {
  it("gives each character the first text that shows it, still reading non-ASCII text after every ASCII character has been seen", () => {
    const allAscii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join("");
    const shown = firstShownIn([`<p>${allAscii}</p>\n`, "<p>北京 café</p>", "<b>北京</b> 𠀀 \u007f\t", "<i>港</i>"]);
    expect(shown.get("a".codePointAt(0)!)).toBe(0);
    expect(shown.get("~".codePointAt(0)!)).toBe(0);
    expect(shown.get("北".codePointAt(0)!)).toBe(1);
    expect(shown.get("é".codePointAt(0)!)).toBe(1);
    // A character outside the Basic Multilingual Plane counts once, as itself, not as two halves.
    expect(shown.get(0x20000)).toBe(2);
    expect(shown.has(0xd840)).toBe(false);
    expect(shown.get("港".codePointAt(0)!)).toBe(3);
    // Control characters are never drawn.
    expect([0x0a, 0x09, 0x7f].some((c) => shown.has(c))).toBe(false);
    expect(shown.size).toBe(allAscii.length + ["北", "京", "é", "𠀀", "港"].length);
    // A character written as a reference is the character it stands for.
    expect(firstShownIn(["<p>a</p>", "{Customs &#92;&amp; Excise} &#x4E2D;&nbsp;"]).get(0x5c)).toBe(1);
    expect(firstShownIn(["<p>a</p>", "&#x4E2D;&nbsp;"]).get(0x4e2d)).toBe(1);
    expect(firstShownIn(["<p>a</p>", "&#x4E2D;&nbsp;"]).get(0xa0)).toBe(1);
    // Nor are characters that are never drawn on their own: a subset of U+FE0E alone has no usable character map.
    expect(firstShownIn(["↩\ufe0e \u00ad\u200d"]).has(0xfe0e)).toBe(false);
    expect([...firstShownIn(["↩\ufe0e \u00ad\u200d"]).keys()]).toEqual([0x21a9, 0x20]);
  });
});
