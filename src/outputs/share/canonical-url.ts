import { toAbsoluteUrl } from "../../render/html/absolute-urls.ts";

/**
 * A page's canonical address: its site path under the site's absolute base URL, sub-path
 * included (`/slug/about/` → `https://example.org/briefings/slug/about/`).
 * @param pagePath the page's site path, as Eleventy's `page.url` gives it
 * @param siteUrl the site's absolute base URL, ending in "/"
 */
export function canonicalUrl(pagePath: string, siteUrl: string): string {
  return toAbsoluteUrl(pagePath, siteUrl, "/");
}
