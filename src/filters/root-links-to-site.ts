import { editFragment } from "../html/edit-fragment.ts";
import { toAbsoluteUrl } from "../feeds/absolute-urls.ts";

/**
 * Points root-relative links (`/slug/figures/#…`) at the published site and leaves links
 * within the page (`#…`) alone. The print edition needs this: Chromium prints it from a
 * loopback server, so a root-relative link would otherwise point at that server in the PDF.
 * @param html a fragment of HTML, such as a section's prose
 * @param siteUrl the site's absolute base URL, ending in "/"
 */
export function rootLinksToSite(html: string, siteUrl: string): string {
  return editFragment(html, (container) => {
    for (const link of container.querySelectorAll('a[href^="/"]:not([href^="//"])')) {
      link.setAttribute("href", toAbsoluteUrl(link.getAttribute("href") ?? "/", siteUrl));
    }
  });
}
