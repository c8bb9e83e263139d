import { archivePages } from "../archive/archive-pages.ts";
import type { Project } from "../../content/settings/project.ts";
import { tagPages } from "../archive/tag-pages.ts";
import { tagUrl } from "../../content/paths/tag-paths.ts";
import { feedLinksFor, tagFeedPaths } from "../../content/paths/feed-paths.ts";
import { briefingsOf } from "./briefings-plugin.ts";
import { editionIn } from "../../content/paths/edition-paths.ts";
import type { LanguageSection } from "../../content/paths/language-sections.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { sectionsOf } from "./language-sections-plugin.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * The archive: the home page lists every briefing, newest first, grouped by year and split into
 * pages of `archive.perPage` (`_data/site.json`); each tag has a page listing its briefings. Both
 * exist once per language section (`/`, `/fr/`, …), each listing every briefing in that
 * section's words, each briefing in the section's language where it has that edition. Offers templates `archivePages` (see src/outputs/archive/archive-pages.ts),
 * `tagPages` (see src/outputs/archive/tag-pages.ts), each page with its `section` and a tag page
 * also with `feedLinks`, its own three feeds; `tagIndex` (a section's prefix → its tag pages) and
 * the filter `tagUrl` (a tag and the linking page's section → the tag's page).
 */
export function archivePlugin(eleventyConfig: EleventyConfig, project: Project): void {
  const { perPage } = project.settings.archive;
  eleventyConfig.addGlobalData("archivePages", async () => {
    const briefings = await briefingsOf(eleventyConfig);
    return (await sectionsOf(eleventyConfig, project)).flatMap((section) =>
      archivePages(inLanguageOf(briefings, section), perPage, section.prefix).map((page) => ({ ...page, section })),
    );
  });
  const tagIndex = async () => {
    const briefings = await briefingsOf(eleventyConfig);
    const sections = await sectionsOf(eleventyConfig, project);
    return Object.fromEntries(
      sections.map((section) => [
        section.prefix,
        tagPages(inLanguageOf(briefings, section), section.prefix).map((page) => ({ ...page, section, feedLinks: feedLinksFor(tagFeedPaths(page.slug, section.prefix)) })),
      ]),
    );
  };
  eleventyConfig.addGlobalData("tagIndex", tagIndex);
  eleventyConfig.addGlobalData("tagPages", async () => Object.values(await tagIndex()).flat());
  eleventyConfig.addFilter("tagUrl", tagUrl);
}

/** Each briefing once, in the section's language where it has that edition (see editionIn). */
function inLanguageOf(briefings: RenderedBriefing[], section: LanguageSection): RenderedBriefing[] {
  return briefings.map((briefing) => editionIn(briefing, section));
}
