import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where a built site is published. */
export interface SiteAddress {
  /** The absolute base URL, ending in "/": `https://example.org/briefings/`. */
  url: string;
  /** Its path, which every root-relative link in the pages starts with: `/briefings/`. */
  pathPrefix: string;
}

/**
 * The address a built site was built for. The feeds state it (a JSON Feed's `home_page_url`,
 * an RSS channel's `link`), so a folder built with another `SITE_URL` is checked against the
 * address it was built for; a site without feeds falls back to the settings' (`SITE_URL`, else
 * `url` in `_data/site.json`).
 * @param root the built site's folder
 * @param settingsUrl the base URL the settings give
 */
export function readSiteAddress(root: string, settingsUrl: string): SiteAddress {
  const stated = statedHomePage(root);
  const url = stated ?? settingsUrl;
  const base = url.endsWith("/") ? url : `${url}/`;
  return { url: base, pathPrefix: new URL(base).pathname };
}

function statedHomePage(root: string): string | undefined {
  const jsonFeed = path.join(root, "feed.json");
  if (existsSync(jsonFeed)) {
    try {
      const home = (JSON.parse(readFileSync(jsonFeed, "utf8")) as { home_page_url?: unknown }).home_page_url;
      if (typeof home === "string" && URL.canParse(home)) return home;
    } catch {
      // An unreadable feed is reported by the feed check; here it only fails to tell the address.
    }
  }
  const rss = path.join(root, "feed.xml");
  if (existsSync(rss)) {
    const link = /<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(readFileSync(rss, "utf8"))?.[1]?.trim();
    if (link && URL.canParse(link)) return link;
  }
  return undefined;
}
