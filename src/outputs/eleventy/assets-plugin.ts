import type { EleventyConfig } from "./eleventy-config.ts";

/** Copies the stylesheets, scripts and images under `src/site/assets/` to the site as they are. */
export function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy("src/site/assets/css");
  eleventyConfig.addPassthroughCopy("src/site/assets/images");
  eleventyConfig.addPassthroughCopy("src/site/assets/js");
}
