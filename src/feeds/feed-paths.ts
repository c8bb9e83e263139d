/** Where the feeds and the feed stylesheet are published, as site paths. */
export const FEED_PATHS = {
  rss: "/feed.xml",
  atom: "/atom.xml",
  json: "/feed.json",
  stylesheet: "/assets/feed.xsl",
} as const;

/** One feed as offered for autodiscovery in every page's head. */
export interface FeedLink {
  /** Its format's name, shown by browsers and readers that list a page's feeds. */
  format: string;
  type: string;
  path: string;
}

/** The three feeds, in the order pages announce them. */
export const FEED_LINKS: FeedLink[] = [
  { format: "RSS", type: "application/rss+xml", path: FEED_PATHS.rss },
  { format: "Atom", type: "application/atom+xml", path: FEED_PATHS.atom },
  { format: "JSON Feed", type: "application/feed+json", path: FEED_PATHS.json },
];
