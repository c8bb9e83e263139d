/**
 * Where the feeds are published, as site paths, and the page for people who open one in a
 * browser: what a feed is, the three addresses, the latest entries (src/site/subscribe.njk).
 */
export const FEED_PATHS = {
  rss: "/feed.xml",
  atom: "/atom.xml",
  json: "/feed.json",
  page: "/subscribe/",
} as const;

/** The three feeds' site paths. */
export interface FeedPathSet {
  rss: string;
  atom: string;
  json: string;
}

/** One feed as offered for autodiscovery in every page's head. */
export interface FeedLink {
  /** Its format's name, shown by browsers and readers that list a page's feeds. */
  format: string;
  type: string;
  path: string;
}

const FORMATS: { format: string; type: string; key: keyof FeedPathSet }[] = [
  { format: "RSS", type: "application/rss+xml", key: "rss" },
  { format: "Atom", type: "application/atom+xml", key: "atom" },
  { format: "JSON Feed", type: "application/feed+json", key: "json" },
];

/**
 * The links to three feeds, in the order pages announce them.
 * @param paths where the three feeds are
 */
export function feedLinksFor(paths: FeedPathSet): FeedLink[] {
  return FORMATS.map(({ format, type, key }) => ({ format, type, path: paths[key] }));
}

/** The site's three feeds, in the order pages announce them. */
export const FEED_LINKS: FeedLink[] = feedLinksFor(FEED_PATHS);

/**
 * Where a language section's feeds are published: `/feed.xml` at the root, `/fr/feed.xml` in the
 * French section (see language-sections.ts).
 * @param prefix the section's prefix
 */
export function sectionFeedPaths(prefix: string): FeedPathSet {
  return { rss: `${prefix}feed.xml`, atom: `${prefix}atom.xml`, json: `${prefix}feed.json` };
}

/**
 * Where a tag's own feeds are published: beside its page, `/tags/<slug>/feed.xml` and so on.
 * @param tagSlug the tag's slug (content/paths/tag-paths.ts)
 * @param prefix the language section's prefix, `/` at the root
 */
export function tagFeedPaths(tagSlug: string, prefix = "/"): FeedPathSet {
  return sectionFeedPaths(`${prefix}tags/${tagSlug}/`);
}
