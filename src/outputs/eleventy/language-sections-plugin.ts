import { sectionOf, sectionPath, siteSections, type LanguageSection } from "../../content/paths/language-sections.ts";
import { feedLinksFor, sectionFeedPaths, type FeedLink } from "../../content/paths/feed-paths.ts";
import type { Project } from "../../content/settings/project.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { briefingsOf } from "./briefings-plugin.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** A language section as templates see it: with the three feeds it announces. */
export interface SectionForPages extends LanguageSection {
  feedLinks: FeedLink[];
}

/**
 * The site's language sections (src/content/paths/language-sections.ts) for the briefings of the
 * current build, each with its feeds' links.
 * @param eleventyConfig the config the briefings plugin was added to
 * @param project the project's settings
 */
export async function sectionsOf(eleventyConfig: EleventyConfig, project: Project): Promise<SectionForPages[]> {
  const sections = siteSections(await briefingsOf(eleventyConfig), project.settings.site.language);
  return sections.map((section) => ({ ...section, feedLinks: feedLinksFor(sectionFeedPaths(section.prefix)) }));
}

/**
 * One set of site-wide pages per language (see README, "Languages"). Offers templates
 * `languageSections` (the root section first; the site-wide templates paginate over it) and the
 * filters `sectionOf` (sections and a page's language → its section), `sectionPath` (a section
 * and a root path → the path in that section) and `newestIn` (briefings → the newest of a
 * section's language, else the newest of all).
 */
export function languageSectionsPlugin(eleventyConfig: EleventyConfig, project: Project): void {
  eleventyConfig.addGlobalData("languageSections", () => sectionsOf(eleventyConfig, project));
  eleventyConfig.addFilter("sectionOf", (sections: SectionForPages[], language: string) => sectionOf(sections, language));
  eleventyConfig.addFilter("sectionPath", (section: LanguageSection, sitePath: string) => sectionPath(section, sitePath));
  eleventyConfig.addFilter(
    "newestIn",
    (briefings: RenderedBriefing[], sections: LanguageSection[], section: LanguageSection) =>
      briefings.find((briefing) => sectionOf(sections, briefing.language).prefix === section.prefix) ?? briefings[0],
  );
}
