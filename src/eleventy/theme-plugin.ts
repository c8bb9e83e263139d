import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadTheme } from "../theme/load-theme.ts";
import { fontStacks, themeCss } from "../theme/theme-css.ts";
import { fontFaces, type FontFace } from "../theme/font-faces.ts";
import { subsetFontFaces } from "../theme/subset-fonts.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** The stylesheets whose `content:` strings put characters on pages that no template writes. */
const STYLESHEETS_DIR = "src/site/assets/css";

/** What Eleventy passes to `eleventy.after`: the folders and every file it wrote. */
interface AfterBuild {
  directories?: { output?: string };
  results?: Array<{ outputPath?: string | false; content?: string }>;
}

/**
 * Applies the theme chosen in `_data/site.json`: offers its tokens to templates as `theme` (and
 * its font stacks as `fontStacks`), writes them as CSS variables to `/assets/css/theme.css`, and
 * self-hosts its web fonts at `/assets/fonts/`, so no page asks another host for anything.
 *
 * The fonts are cut down, after Eleventy has written every page, to the characters the site
 * actually shows (pages, print editions, feeds, and the stylesheets' generated text): a Chinese
 * font is tens of megabytes, and a page should load a few hundred kilobytes at most. The PDF is
 * printed from the same pages with the same fonts, so it finds every glyph it needs.
 */
export function themePlugin(eleventyConfig: EleventyConfig, options: { dataDir: string }): void {
  const theme = loadTheme(options.dataDir);
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
    const text = new Set<string>();
    const add = (content: string) => {
      for (const character of content) text.add(character);
    };
    for (const result of results) if (typeof result.content === "string") add(result.content);
    for (const name of readdirSync(STYLESHEETS_DIR)) add(readFileSync(path.join(STYLESHEETS_DIR, name), "utf8"));
    const fonts = await subsetFontFaces(faces, [...text].sort());
    const fontsDir = path.join(directories.output, "assets/fonts");
    rmSync(fontsDir, { recursive: true, force: true });
    mkdirSync(path.join(fontsDir, "files"), { recursive: true });
    for (const file of fonts.files) writeFileSync(path.join(fontsDir, "files", file.name), file.bytes);
    writeFileSync(path.join(fontsDir, "fonts.css"), `/* Generated: the theme's fonts, cut down to the characters this site uses. */\n${fonts.css}\n`);
  });
}

/** Every slice of every font and weight the theme uses, each package and weight once. */
function themeFaces(fonts: ReturnType<typeof loadTheme>["fonts"]): FontFace[] {
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
