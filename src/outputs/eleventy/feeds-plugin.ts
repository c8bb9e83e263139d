import { HtmlBasePlugin } from "@11ty/eleventy";
import type { Labels } from "../../content/interface-words.ts";
import type { PdfInfo } from "../pdf/read-pdf-info.ts";
import { buildFeed, SITE_FEED_SCOPE, type Feed, type FeedScope } from "../feeds/feed.ts";
import { FEED_LINKS, FEED_PATHS, sectionFeedPaths, tagFeedPaths } from "../../content/paths/feed-paths.ts";
import { tagPages } from "../archive/tag-pages.ts";
import { briefingsOf } from "./briefings-plugin.ts";
import { editionIn } from "../../content/paths/edition-paths.ts";
import { sectionsOf } from "./language-sections-plugin.ts";
import { jsonFeed } from "../feeds/json-feed.ts";
import type { Project } from "../../content/settings/project.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * The feeds (RSS, Atom, JSON Feed, written by the templates in `src/site/feeds/`) and the
 * base URL they and the site depend on. Reads and checks `url` and `feed` in `site.json`
 * (SITE_URL overrides `url`), and adds Eleventy's HTML base plugin so that, when the base URL
 * has a sub-path, every root-relative link on every page gets it.
 *
 * Templates get `siteUrl`, `feedSettings`, `feedPaths`, `feedLinks` (for autodiscovery),
 * `feedScopes` (per language section, its feed, then one per tag: the feed templates paginate
 * over them) and the
 * filters `feedOf` (briefings and a scope → the feed model, see src/outputs/feeds/feed.ts) and `jsonFeed`.
 */
export function feedsPlugin(eleventyConfig: EleventyConfig, project: Project): void {
  const settings = project.settings.site;
  // https://www.11ty.dev/docs/plugins/html-base/ — its base is Eleventy's pathPrefix, which the
  // build sets from the base URL's path (src/tools/build/build-site.ts).
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.addGlobalData("siteUrl", settings.url);
  eleventyConfig.addGlobalData("feedSettings", settings.feed);
  eleventyConfig.addGlobalData("feedPaths", FEED_PATHS);
  eleventyConfig.addGlobalData("feedLinks", FEED_LINKS);
  eleventyConfig.addGlobalData("feedScopes", async () => {
    const briefings = await briefingsOf(eleventyConfig);
    return (await sectionsOf(eleventyConfig, project)).flatMap((section): FeedScope[] => [
      section.isRoot ? { ...SITE_FEED_SCOPE, section } : { paths: sectionFeedPaths(section.prefix), homePath: section.prefix, section },
      // A section's topics are its briefings' topics in its language, as its topic pages are.
      ...tagPages(briefings.map((briefing) => editionIn(briefing, section)), section.prefix).map((page): FeedScope => ({ tag: page.tag, tagSlug: page.slug, paths: tagFeedPaths(page.slug, section.prefix), homePath: page.url, section })),
    ]);
  });

  // Three templates ask for the same feed in one build; build each scope's once per build.
  const current = new Map<string, Feed>();
  eleventyConfig.on("eleventy.before", () => {
    current.clear();
  });
  eleventyConfig.addFilter(
    "feedOf",
    (briefings: RenderedBriefing[], pdfs: Record<string, PdfInfo> | undefined, labels: Record<string, Labels>, scope: FeedScope = SITE_FEED_SCOPE) => {
      const key = `${scope.section?.prefix ?? "/"} ${scope.tagSlug ?? ""}`;
      let feed = current.get(key);
      if (!feed) {
        feed = buildFeed({ briefings, pdfs: pdfs ?? {}, labels, settings, scope });
        current.set(key, feed);
      }
      return feed;
    },
  );
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
}
