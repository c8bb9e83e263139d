import { archivePages } from "../archive/archive-pages.ts";
import type { Project } from "../../content/settings/project.ts";
import { tagPages } from "../archive/tag-pages.ts";
import { tagUrl } from "../../content/paths/tag-paths.ts";
import { feedLinksFor, tagFeedPaths } from "../../content/paths/feed-paths.ts";
import { briefingsOf } from "./briefings-plugin.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * The archive: the home page lists every briefing, newest first, grouped by year and split into
 * pages of `archive.perPage` (`_data/site.json`); each tag has a page listing its briefings.
 * Offers templates `archivePages` (see src/outputs/archive/archive-pages.ts), `tagPages` (see
 * src/outputs/archive/tag-pages.ts; each also with `feedLinks`, its own three feeds) and the filter
 * `tagUrl` (a tag → its page).
 */
export function archivePlugin(eleventyConfig: EleventyConfig, project: Project): void {
  const { perPage } = project.settings.archive;
  eleventyConfig.addGlobalData("archivePages", async () => archivePages(await briefingsOf(eleventyConfig), perPage));
  eleventyConfig.addGlobalData("tagPages", async () =>
    tagPages(await briefingsOf(eleventyConfig)).map((page) => ({ ...page, feedLinks: feedLinksFor(tagFeedPaths(page.slug)) })),
  );
  eleventyConfig.addFilter("tagUrl", tagUrl);
}
