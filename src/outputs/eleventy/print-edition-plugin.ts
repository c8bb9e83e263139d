import type { Project } from "../../content/settings/project.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * Offers the print edition (`src/site/briefing/print.njk`, its body in `_includes/pages/briefing/print.njk`) the paper it is set on, as global
 * data `paper`, read from `paper` in `_data/site.json` (A4 or Letter).
 */
export function printEditionPlugin(eleventyConfig: EleventyConfig, project: Project): void {
  eleventyConfig.addGlobalData("paper", project.settings.paper);
}
