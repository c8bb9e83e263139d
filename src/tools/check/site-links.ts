import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { isPrivateHost } from "../../base/private-address.ts";
import type { SiteAddress } from "./site-address.ts";

/** Schemes that name no file of the site and need no checking. */
const NON_WEB_SCHEMES = new Set(["mailto:", "tel:", "data:", "tag:", "urn:"]);

/**
 * Resolves links against a built site: does a URL point to a file the site has and, when it
 * has a fragment, to an element of that page? Pages' ids are read once and kept.
 */
export class SiteLinks {
  private readonly ids = new Map<string, Set<string>>();
  private readonly origin: string;

  /**
   * @param root the built site's folder
   * @param address where the site is published; links to its host are links into the site
   */
  constructor(
    private readonly root: string,
    private readonly address: SiteAddress,
  ) {
    this.origin = new URL(address.url).origin;
  }

  /** The absolute URL a file of the site is published at (`a/index.html` → `https://host/prefix/a/index.html`). */
  urlOf(file: string): URL {
    return new URL(file, this.address.url);
  }

  /**
   * Checks one reference found in the site.
   * @param reference the attribute's text, e.g. `../figures/#p3`
   * @param base the URL it is relative to (the page's own)
   * @returns what is wrong with it, or undefined when it resolves (or leads off the site)
   */
  problemWith(reference: string, base: URL): string | undefined {
    const ref = reference.trim();
    if (ref === "") return undefined;
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      return `"${ref}" is not a valid URL`;
    }
    if (NON_WEB_SCHEMES.has(url.protocol)) return undefined;
    if (url.protocol === "javascript:") return `"${ref}" runs script from a link`;
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    if (isPrivateHost(url.hostname)) return `"${ref}" points at a private address (${url.hostname}: the build machine or its network), which readers cannot reach`;
    if (url.origin !== this.origin) return undefined;
    if (!url.pathname.startsWith(this.address.pathPrefix)) {
      // A root-relative link was written for the site, so it forgot the prefix; so did an
      // absolute one that names a file of the site without it. Any other address on the same
      // host (the publisher's own pages beside the site) is another site's, and left alone.
      const rest = safeDecode(url.pathname.slice(1)) ?? "";
      const forgotPrefix = (ref.startsWith("/") && !ref.startsWith("//")) || (rest !== "" && this.fileFor(rest) !== undefined);
      if (forgotPrefix) return `"${ref}" leads outside the site's path ${this.address.pathPrefix}, where nothing of the site is published`;
      return undefined;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(this.address.pathPrefix.length));
    } catch {
      return `"${ref}" has a malformed %-escape`;
    }
    const file = this.fileFor(relative);
    if (!file) return `"${ref}" leads to ${relative || "/"}, which is not in the site`;
    if (url.hash.length > 1 && file.endsWith(".html")) {
      let fragment: string;
      try {
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        return `"${ref}" has a malformed %-escape in its fragment`;
      }
      // HTML scrolls to the top for #top even without such an element.
      if (fragment !== "top" && !this.idsOf(file).has(fragment)) return `"${ref}": ${file} has no element with id "${fragment}"`;
    }
    return undefined;
  }

  /** The file that serves a site-relative path, as a static host would pick it; undefined if none. */
  private fileFor(relative: string): string | undefined {
    const candidates = relative === "" || relative.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
    return candidates.find((candidate) => {
      const full = path.join(this.root, candidate);
      return existsSync(full) && statSync(full).isFile();
    });
  }

  private idsOf(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(path.join(this.root, file), "utf8"));
      ids = new Set<string>();
      for (const element of document.querySelectorAll("[id]")) ids.add(element.getAttribute("id") ?? "");
      for (const anchor of document.querySelectorAll("a[name]")) ids.add(anchor.getAttribute("name") ?? "");
      this.ids.set(file, ids);
    }
    return ids;
  }
}

/** A percent-decoded path, or undefined when its escapes are malformed. */
function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
