// Eleventy's entry point: it only wires the plugins. Each plugin is a typed module doing one
// thing, in src/outputs/eleventy/ (the two for `npm run serve` alone in src/tools/serve/).
// Run through tsx (see package.json), which lets this file import TypeScript.
import { briefingsPlugin } from "./src/outputs/eleventy/briefings-plugin.ts";
import { markdownPlugin } from "./src/outputs/eleventy/markdown-plugin.ts";
import { filtersPlugin } from "./src/outputs/eleventy/filters-plugin.ts";
import { themePlugin } from "./src/outputs/eleventy/theme-plugin.ts";
import { assetsPlugin } from "./src/outputs/eleventy/assets-plugin.ts";
import { pdfFilesPlugin } from "./src/outputs/eleventy/pdf-files-plugin.ts";
import { feedsPlugin } from "./src/outputs/eleventy/feeds-plugin.ts";
import { printEditionPlugin } from "./src/outputs/eleventy/print-edition-plugin.ts";
import { archivePlugin } from "./src/outputs/eleventy/archive-plugin.ts";
import { searchPlugin } from "./src/outputs/eleventy/search-plugin.ts";
import { sharePlugin } from "./src/outputs/eleventy/share-plugin.ts";
import { pdfPreviewPlugin } from "./src/tools/serve/pdf-preview-plugin.ts";
import { phraseBreaksPlugin } from "./src/outputs/eleventy/phrase-breaks-plugin.ts";
import { devServerPlugin } from "./src/tools/serve/dev-server-plugin.ts";

/** @param {import("./src/outputs/eleventy/eleventy-config.ts").EleventyConfig} eleventyConfig */
export default function (eleventyConfig) {
  // Run each event's handlers one after another, in the order the plugins are added: the share
  // images are photographed (sharePlugin) only after the theme's fonts are written (themePlugin).
  // https://www.11ty.dev/docs/events/
  eleventyConfig.setEventEmitterMode("sequential");
  eleventyConfig.addPlugin(briefingsPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(themePlugin, { dataDir: "_data" });
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(pdfFilesPlugin);
  eleventyConfig.addPlugin(feedsPlugin, { dataDir: "_data" });
  eleventyConfig.addPlugin(printEditionPlugin, { dataDir: "_data" });
  eleventyConfig.addPlugin(archivePlugin, { dataDir: "_data" });
  eleventyConfig.addPlugin(searchPlugin, { dataDir: "_data" });
  eleventyConfig.addPlugin(sharePlugin, { dataDir: "_data" });
  eleventyConfig.addPlugin(phraseBreaksPlugin);
  eleventyConfig.addPlugin(devServerPlugin);
  eleventyConfig.addPlugin(pdfPreviewPlugin);
}

export const config = {
  dir: {
    input: "src/site",
    includes: "../../_includes",
    data: "../../_data",
    // No output here: scripts/build-site.ts builds into a staging folder and swaps it in.
  },
  templateFormats: ["njk", "md"],
  htmlTemplateEngine: "njk",
  markdownTemplateEngine: "njk",
};
