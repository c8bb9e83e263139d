import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cacheFolder } from "../../base/cache-folder.ts";
import type { ActiveTheme } from "../../content/settings/load-theme.ts";
import type { Project } from "../../content/settings/project.ts";
import { fontStacks, themeCss } from "../../render/css/theme-css.ts";
import { fontFaces, type FontFace } from "../fonts/font-faces.ts";
import { firstShownIn, subsetFontFaces } from "../fonts/subset-fonts.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

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

  const faces = themeFaces(theme.fonts);
  eleventyConfig.on("eleventy.after", async (context) => {
    const { directories, results = [] } = context as AfterBuild;
    if (!directories?.output) return;
    const texts = textsByVisits(results);
    const fonts = await subsetFontFaces(faces, texts, cacheDir);
    // The print edition draws every character of its briefing at once, so it gets one file per
    // slice instead: each file is a font of its own in the PDF, and fewer fonts make a smaller PDF.
    // Chromium reads them from disk while printing, so they are left uncompressed (TrueType).
    const printFonts = await subsetFontFaces(faces, [[...firstShownIn(texts).keys()].map((codePoint) => String.fromCodePoint(codePoint)).join("")], cacheDir, "truetype");
    const fontsDir = path.join(directories.output, "assets/fonts");
    rmSync(fontsDir, { recursive: true, force: true });
    mkdirSync(path.join(fontsDir, "files"), { recursive: true });
    for (const file of [...fonts.files, ...printFonts.files]) writeFileSync(path.join(fontsDir, "files", file.name), file.bytes);
    writeFileSync(path.join(fontsDir, "fonts-print.css"), `/* Generated: the theme's fonts for the print edition, one file per slice. */\n${printFonts.css}\n`);
    writeFileSync(path.join(fontsDir, "fonts.css"), `/* Generated: the theme's fonts, cut down to the characters this site uses. */\n${fonts.css}\n`);
  });
}

/**
 * What the site shows in its fonts, most-visited first: the home page, then the other pages by
 * depth and address, then, as one text, what only the print editions, the feed page (feed.xml
 * with its stylesheet) and the stylesheets' `content:` strings show. Files no browser draws
 * with these fonts (Atom, JSON Feed, the CSV and JSON downloads) are left out.
 */
function textsByVisits(results: NonNullable<AfterBuild["results"]>): string[] {
  const written = results.filter((r): r is { outputPath: string; content: string; url?: string } => typeof r.outputPath === "string" && typeof r.content === "string");
  const isPage = (file: string) => file.endsWith(".html") && !/[\\/]print[\\/]index\.html$/.test(file);
  const pages = written
    .filter((r) => isPage(r.outputPath))
    .map((r) => ({ url: r.url ?? r.outputPath, content: r.content }))
    .sort((a, b) => Number(a.url !== "/") - Number(b.url !== "/") || a.url.split("/").length - b.url.split("/").length || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const drawnElsewhere = written.filter((r) => !isPage(r.outputPath) && /\.(html|xsl)$|[\\/]feed\.xml$/.test(r.outputPath)).map((r) => r.outputPath).sort();
  const rest = [
    ...drawnElsewhere.map((file) => written.find((r) => r.outputPath === file)!.content),
    ...readdirSync(STYLESHEETS_DIR).sort().map((name) => readFileSync(path.join(STYLESHEETS_DIR, name), "utf8")),
  ].join("\n");
  return [...pages.map((page) => page.content), rest];
}

/** Every slice of every font and weight the theme uses, each package and weight once. */
function themeFaces(fonts: ActiveTheme["fonts"]): FontFace[] {
  const seen = new Set<string>();
  const faces: FontFace[] = [];
  for (const font of [fonts.body.latin, fonts.heading.latin, fonts.body.cjk, fonts.heading.cjk]) {
    for (const weight of font.weights) {
      const key = `${font.package}@${weight}`;
      if (seen.has(key)) continue;
      seen.add(key);
      faces.push(...fontFaces({ ...font, weights: [weight] }));
    }
  }
  return faces;
}

/** Keeps Nunjucks from reading CSS braces as template syntax. */
function raw(css: string): string {
  return `{% raw %}${css}{% endraw %}`;
}
