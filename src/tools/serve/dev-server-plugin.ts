import type { EleventyConfig } from "../../outputs/eleventy/eleventy-config.ts";

/**
 * Settings for `npm run serve` only. Eleventy's watcher parses the config's imports as
 * JavaScript to find what to watch, and stops at TypeScript syntax; our code is loaded
 * once per process anyway, so restart `npm run serve` after changing it. Content, templates
 * and styles are still watched.
 */
export function devServerPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.addWatchTarget("_data/");
  eleventyConfig.addWatchTarget("_includes/");
}
