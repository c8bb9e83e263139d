// Eleventy's entry point: it only wires the plugins. Each plugin is a typed module doing one
// thing, in src/outputs/eleventy/ (the two for `npm run serve` alone in src/tools/serve/).
// The commands (package.json) load it compiled, with what it imports, by scripts/run.mjs; tests
// that build in their own process load it through tsx, which lets this file import TypeScript.
import { briefingsPlugin } from "./src/outputs/eleventy/briefings-plugin.ts";
import { languageSectionsPlugin } from "./src/outputs/eleventy/language-sections-plugin.ts";
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
import { phraseBreaksPlugin } from "./src/outputs/eleventy/phrase-breaks-plugin.ts";
import { handedOverSiteOptions } from "./src/outputs/eleventy/site-options.ts";
import { pdfPreviewPlugin } from "./src/tools/serve/pdf-preview-plugin.ts";
import { devServerPlugin } from "./src/tools/serve/dev-server-plugin.ts";
import { projectFromEnvironment } from "./src/tools/cli/environment.ts";

/** @param {import("./src/outputs/eleventy/eleventy-config.ts").EleventyConfig} eleventyConfig */
export default function (eleventyConfig) {
  // The settings, read and checked once: a build hands over what it read (with the briefings
  // it rendered); `npm run serve` starts Eleventy directly, so they are read here.
  const site = handedOverSiteOptions(eleventyConfig) ?? { project: projectFromEnvironment(process.env) };
  const { project } = site;
  // Run each event's handlers one after another, in the order the plugins are added: the share
  // images are photographed (sharePlugin) only after the theme's fonts are written (themePlugin).
  // https://www.11ty.dev/docs/events/
  eleventyConfig.setEventEmitterMode("sequential");
  eleventyConfig.addPlugin(briefingsPlugin, { project, briefings: site.briefings });
  eleventyConfig.addPlugin(languageSectionsPlugin, project);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(themePlugin, project);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(pdfFilesPlugin, { pdfsToFollow: site.pdfsToFollow });
  eleventyConfig.addPlugin(feedsPlugin, project);
  eleventyConfig.addPlugin(printEditionPlugin, project);
  eleventyConfig.addPlugin(archivePlugin, project);
  eleventyConfig.addPlugin(searchPlugin, project);
  eleventyConfig.addPlugin(sharePlugin, project);
  eleventyConfig.addPlugin(phraseBreaksPlugin);
  eleventyConfig.addPlugin(devServerPlugin);
  eleventyConfig.addPlugin(pdfPreviewPlugin, project);
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
