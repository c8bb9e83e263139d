import path from "node:path";
import { loadTheme } from "../theme/load-theme.ts";
import { themeCss } from "../theme/theme-css.ts";
import { fontFaces } from "../theme/font-face-css.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * Applies the theme chosen in `_data/site.json`: offers its tokens to templates as `theme`,
 * writes them as CSS variables to `/assets/css/theme.css`, and self-hosts its web fonts
 * from their npm packages at `/assets/fonts/`, so no page asks another host for anything.
 */
export function themePlugin(eleventyConfig: EleventyConfig, options: { dataDir: string }): void {
  const theme = loadTheme(options.dataDir);
  eleventyConfig.addGlobalData("theme", theme);

  eleventyConfig.addTemplate("assets/css/theme.css.njk", raw(themeCss(theme)), {
    permalink: "/assets/css/theme.css",
    eleventyExcludeFromCollections: true,
    layout: false,
  });

  const fonts = [theme.fonts.body, theme.fonts.heading];
  const seen = new Set<string>();
  const rules: string[] = [];
  for (const font of fonts) {
    for (const weight of font.weights) {
      const key = `${font.package}@${weight}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const faces = fontFaces({ ...font, weights: [weight] });
      rules.push(faces.css);
      const glob = path.join(path.relative(process.cwd(), faces.filesDir), `{${faces.files.join(",")}}`);
      eleventyConfig.addPassthroughCopy({ [glob]: "assets/fonts/files" });
    }
  }
  eleventyConfig.addTemplate("assets/fonts/fonts.css.njk", raw(rules.join("\n")), {
    permalink: "/assets/fonts/fonts.css",
    eleventyExcludeFromCollections: true,
    layout: false,
  });
}

/** Keeps Nunjucks from reading CSS braces as template syntax. */
function raw(css: string): string {
  return `{% raw %}${css}{% endraw %}`;
}
