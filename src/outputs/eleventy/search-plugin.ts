import { indexLanguage } from "../search/index-language.ts";
import { indexSite, SEARCH_BUNDLE_PATH } from "../search/index-site.ts";
import { searchTerms } from "../search/search-terms.ts";
import type { Project } from "../../content/settings/project.ts";
import { briefingsOf } from "./briefings-plugin.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { stageClockOf } from "./site-options.ts";

/**
 * Full-text search: after every Eleventy run (the build's passes and each rebuild of
 * `npm run serve`), indexes the written site with Pagefind (src/outputs/search/index-site.ts). Offers
 * templates `searchBundlePath`, where the search page loads Pagefind from, and the filter
 * `searchTerms` (phrases → index-only words, see src/outputs/search/search-terms.ts).
 */
export function searchPlugin(eleventyConfig: EleventyConfig, project: Project): void {
  const site = project.settings.site;
  eleventyConfig.addGlobalData("searchBundlePath", SEARCH_BUNDLE_PATH);
  eleventyConfig.addFilter("searchTerms", searchTerms);
  eleventyConfig.on("eleventy.after", async (context: unknown) => {
    const { directories, results = [] } = context as { directories?: { output?: string }; results?: Array<{ outputPath?: string | false; content?: unknown }> };
    const outputDir = directories?.output;
    if (!outputDir) return;
    const briefings = await briefingsOf(eleventyConfig);
    const pages = results.flatMap((r) => (typeof r.outputPath === "string" && typeof r.content === "string" ? [{ outputPath: r.outputPath, content: r.content }] : []));
    await stageClockOf(eleventyConfig).time("search index", () => indexSite(outputDir, pages, { forceLanguage: indexLanguage(briefings.map((b) => b.language), site.language) }));
  });
}
