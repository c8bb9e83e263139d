import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cacheFolder } from "../../base/cache-folder.ts";
import { FONT_SCRIPTS, type FontScript } from "../../content/language-script.ts";
import type { ActiveTheme } from "../../content/settings/load-theme.ts";
import type { Project } from "../../content/settings/project.ts";
import { fontStacks, themeCss } from "../../render/css/theme-css.ts";
import { fontFaces, type FontFace } from "../fonts/font-faces.ts";
import { scriptsMarkedIn } from "../fonts/scripts-marked-in.ts";
import { firstShownIn, subsetFontFacesShown, type SubsetFonts } from "../fonts/subset-fonts.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { stageClockOf } from "./site-options.ts";

/** The stylesheets whose `content:` strings put characters on pages that no template writes. */
const STYLESHEETS_DIR = "src/site/assets/css";

/** What Eleventy passes to `eleventy.after`: the folders and every file it wrote. */
interface AfterBuild {
  directories?: { output?: string };
  results?: Array<{ outputPath?: string | false; content?: string; url?: string }>;
}

/**
 * Applies the theme chosen in `_data/site.json`: offers its tokens to templates as `theme` (and
 * its font stacks as `fontStacks`), writes them as CSS variables to `/assets/css/theme.css`, and
 * self-hosts its web fonts at `/assets/fonts/`, so no page asks another host for anything.
 *
 * The fonts are cut down, after Eleventy has written every page, to the characters the site
 * actually shows (pages, print editions, feeds, and the stylesheets' generated text): a Chinese
 * font is tens of megabytes, and a page should load a few hundred kilobytes at most. The print
 * editions use `fonts-print.css`, the same glyphs in fewer files, so the PDF finds every glyph it
 * needs and embeds fewer fonts.
 * (The build then checks that every character has a font: src/outputs/fonts/check-font-coverage.ts.)
 */
export function themePlugin(eleventyConfig: EleventyConfig, project: Project): void {
  const { theme } = project.settings;
  const cacheDir = cacheFolder(project.run.cacheDir, "fonts");
  eleventyConfig.addGlobalData("theme", theme);
  eleventyConfig.addGlobalData("fontStacks", fontStacks(theme));

  eleventyConfig.addTemplate("assets/css/theme.css.njk", raw(themeCss(theme)), {
    permalink: "/assets/css/theme.css",
    eleventyExcludeFromCollections: true,
    layout: false,
  });

  const faceGroups = themeFaces(theme.fonts);
  eleventyConfig.on("eleventy.after", async (context) => {
    const { directories, results = [] } = context as AfterBuild;
    const output = directories?.output;
    if (!output) return;
    await stageClockOf(eleventyConfig).time("fonts", () => writeFonts(output, results, faceGroups, cacheDir));
  });
}

/**
 * Cuts the theme's fonts to the characters the written site shows and writes them, with their
 * stylesheets, to the output's `assets/fonts/`.
 */
async function writeFonts(output: string, results: NonNullable<AfterBuild["results"]>, faceGroups: ReturnType<typeof themeFaces>, cacheDir: string): Promise<void> {
  const shown = textsByVisits(results);
  const fonts: SubsetFonts = { css: "", files: [] };
  const printFonts: SubsetFonts = { css: "", files: [] };
  // Each text's marked scripts, read once for all the script groups below.
  const marked = new Map([...shown.pages, ...shown.elsewhere].map((text) => [text, scriptsMarkedIn(text)]));
  for (const { script, faces } of faceGroups) {
    // A script's own font (Japanese, Arabic…) is cut only to the pages, print editions and
    // feeds that mark its language: the Japanese font is not cut to a Chinese page's Han.
    const marks = (text: string) => script === undefined || marked.get(text)!.has(script);
    const pages = shown.pages.filter(marks);
    const rest = [...shown.elsewhere.filter(marks), ...shown.stylesheets].join("\n");
    const shownIn = firstShownIn([...pages, rest]);
    const cut = await subsetFontFacesShown(faces, shownIn, cacheDir);
    // The print edition draws every character of its briefing at once, so it gets one file per
    // slice instead (every character in the first group): each file is a font of its own in the
    // PDF, and fewer fonts make a smaller PDF. Chromium reads them from disk while printing, so
    // they are left uncompressed (TrueType).
    const printCut = await subsetFontFacesShown(faces, new Map([...shownIn.keys()].map((codePoint) => [codePoint, 0])), cacheDir, "truetype");
    for (const [all, part] of [[fonts, cut], [printFonts, printCut]] as const) {
      all.css = [all.css, part.css].filter(Boolean).join("\n");
      all.files.push(...part.files);
    }
  }
  const fontsDir = path.join(output, "assets/fonts");
  rmSync(fontsDir, { recursive: true, force: true });
  mkdirSync(path.join(fontsDir, "files"), { recursive: true });
  for (const file of [...fonts.files, ...printFonts.files]) writeFileSync(path.join(fontsDir, "files", file.name), file.bytes);
  writeFileSync(path.join(fontsDir, "fonts-print.css"), `/* Generated: the theme's fonts for the print edition, one file per slice. */\n${printFonts.css}\n`);
  writeFileSync(path.join(fontsDir, "fonts.css"), `/* Generated: the theme's fonts, cut down to the characters this site uses. */\n${fonts.css}\n`);
}

/**
 * What the site shows in its fonts, most-visited first: the home page, then the other pages by
 * depth and address; then what only the print editions and the feed page (feed.xml with its
 * stylesheet) show, and the stylesheets' `content:` strings, which are cut as one text. Files no browser draws
 * with these fonts (Atom, JSON Feed, the CSV and JSON downloads) are left out.
 */
function textsByVisits(results: NonNullable<AfterBuild["results"]>): { pages: string[]; elsewhere: string[]; stylesheets: string[] } {
  const written = results.filter((r): r is { outputPath: string; content: string; url?: string } => typeof r.outputPath === "string" && typeof r.content === "string");
  const isPage = (file: string) => file.endsWith(".html") && !/[\\/]print[\\/]index\.html$/.test(file);
  const pages = written
    .filter((r) => isPage(r.outputPath))
    .map((r) => ({ url: r.url ?? r.outputPath, content: r.content }))
    .sort((a, b) => Number(a.url !== "/") - Number(b.url !== "/") || a.url.split("/").length - b.url.split("/").length || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const drawnElsewhere = written.filter((r) => !isPage(r.outputPath) && /\.(html|xsl)$|[\\/]feed\.xml$/.test(r.outputPath)).map((r) => r.outputPath).sort();
  return {
    pages: pages.map((page) => page.content),
    elsewhere: drawnElsewhere.map((file) => written.find((r) => r.outputPath === file)!.content),
    stylesheets: readdirSync(STYLESHEETS_DIR).sort().map((name) => readFileSync(path.join(STYLESHEETS_DIR, name), "utf8")),
  };
}

/**
 * Every slice of every font and weight the theme uses, each package and weight once, in two
 * kinds of group: the Latin and Simplified Chinese fonts (no script: every stack has them) and
 * each other script's own fonts.
 */
function themeFaces(fonts: ActiveTheme["fonts"]): Array<{ script: FontScript | undefined; faces: FontFace[] }> {
  const seen = new Set<string>();
  const groups: Array<{ script: FontScript | undefined; faces: FontFace[] }> = [];
  const scripts: Array<FontScript | undefined> = [undefined, ...FONT_SCRIPTS.filter((script) => script !== "latin" && script !== "cjk")];
  for (const script of scripts) {
    const roles = script === undefined ? [fonts.body.latin, fonts.heading.latin, fonts.body.cjk, fonts.heading.cjk] : [fonts.body[script], fonts.heading[script]];
    const faces: FontFace[] = [];
    for (const font of roles) {
      if (!font) continue;
      for (const weight of font.weights) {
        const key = `${font.package}@${weight}`;
        if (seen.has(key)) continue;
        seen.add(key);
        faces.push(...fontFaces({ ...font, weights: [weight] }));
      }
    }
    if (faces.length > 0) groups.push({ script, faces });
  }
  return groups;
}

/** Keeps Nunjucks from reading CSS braces as template syntax. */
function raw(css: string): string {
  return `{% raw %}${css}{% endraw %}`;
}
