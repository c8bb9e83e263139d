import { absoluteUrl } from "@11ty/eleventy-plugin-rss";
import { editFragment } from "./edit-fragment.ts";

/** Attributes that hold a URL in the HTML our Markdown and templates produce. */
const URL_ATTRIBUTES = ["href", "src", "poster", "cite"];

/**
 * Makes one URL absolute for a feed. Root-relative URLs (`/slug/figures/`) are site paths,
 * so they resolve under the base URL's sub-path (`https://example.org/briefings/slug/figures/`),
 * not under the host's root; other relative URLs resolve against their page.
 * @param url a URL as written in a page
 * @param siteUrl the site's absolute base URL, ending in "/"
 * @param pagePath the site path of the page the URL appears on, e.g. `/slug/section/`
 */
export function toAbsoluteUrl(url: string, siteUrl: string, pagePath = "/"): string {
  const trimmed = url.trim();
  const page = absoluteUrl(pagePath.replace(/^\//, ""), siteUrl);
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) return absoluteUrl(trimmed.slice(1), siteUrl);
  return absoluteUrl(trimmed, page);
}

/**
 * Rewrites every link and image in a piece of HTML to an absolute URL, as feed readers need:
 * they show the HTML away from the site, where a relative URL points nowhere.
 * @param html a fragment of HTML, such as a section's prose
 * @param siteUrl the site's absolute base URL, ending in "/"
 * @param pagePath the site path of the page the HTML comes from
 */
export function absolutizeHtml(html: string, siteUrl: string, pagePath: string): string {
  return editFragment(html, (container) => {
    for (const attribute of URL_ATTRIBUTES) {
      for (const element of container.querySelectorAll(`[${attribute}]`)) {
        element.setAttribute(attribute, toAbsoluteUrl(element.getAttribute(attribute) ?? "", siteUrl, pagePath));
      }
    }
    for (const element of container.querySelectorAll("[srcset]")) {
      const candidates = (element.getAttribute("srcset") ?? "").split(",").map((candidate) => {
        const [url = "", ...descriptors] = candidate.trim().split(/\s+/);
        return [toAbsoluteUrl(url, siteUrl, pagePath), ...descriptors].join(" ");
      });
      element.setAttribute("srcset", candidates.join(", "));
    }
  });
}
