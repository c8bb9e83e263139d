import type { Feed } from "./feed.ts";

/** The version URL JSON Feed 1.1 requires in `version`. */
export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

/**
 * Writes the feed as JSON Feed 1.1. The object is built here and serialised with
 * `JSON.stringify`, so quotes and line breaks in titles or prose can never break the JSON.
 * @param feed the feed
 * @returns the JSON text, indented for people who open it
 */
export function jsonFeed(feed: Feed): string {
  const document = {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: feed.subtitle,
    language: feed.language,
    authors: [{ name: feed.author }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      summary: entry.summary,
      date_published: entry.published.rfc3339,
      date_modified: entry.updated.rfc3339,
      authors: [{ name: entry.author }],
      tags: entry.categories,
      language: entry.language,
      ...(entry.enclosure && {
        attachments: [{ url: entry.enclosure.url, mime_type: entry.enclosure.type, size_in_bytes: entry.enclosure.bytes }],
      }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
