import { editFragment } from "./edit-fragment.ts";
import { toAbsoluteUrl } from "./absolute-urls.ts";

/** A URL that names its scheme (`https:`, `mailto:`) or host (`//cdn…`): it already says where it goes. */
const HAS_SCHEME_OR_HOST = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Points site links at the published site and leaves links within the page (`#…`) and to
 * other sites alone. The print edition needs this: Chromium prints it from a loopback
 * server, so a root-relative (`/slug/figures/`) or relative (`../figures/`) link would
 * otherwise point at that server in the PDF. Relative links resolve against the page the
 * HTML was written for (a section's own page), not against the print edition.
 * @param html a fragment of HTML, such as a section's prose
 * @param siteUrl the site's absolute base URL, ending in "/"
 * @param pagePath the site path of the page the HTML was written for, e.g. `/slug/section/`
 */
export function rootLinksToSite(html: string, siteUrl: string, pagePath = "/"): string {
  return editFragment(html, (container) => {
    for (const link of container.querySelectorAll("a[href]")) {
      const href = (link.getAttribute("href") ?? "").trim();
      if (href.startsWith("#") || HAS_SCHEME_OR_HOST.test(href)) continue;
      link.setAttribute("href", toAbsoluteUrl(href, siteUrl, pagePath));
    }
  });
}
