import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";
import { closeBrowser } from "../../src/base/launch-browser.ts";
import { serveFolder, type FolderServer } from "../../src/base/serve-folder.ts";
import type { SharedSiteName } from "../shared-sites.ts";
import { connectSharedBrowser, sharedSite, sharedSiteBuild } from "./shared-site.ts";

/** A shared site, served on loopback under its own path, and the shared Chromium to look at it with. */
export interface SiteInChromium {
  /** The built site's folder. */
  out: string;
  browser: Browser;
  /** Serves the site under its path prefix: `server.url` is the site's home page. */
  server: FolderServer;
}

/** The path a shared site's pages link under: SITE_URL's, or the host's root. */
export function sharedSitePrefix(name: SharedSiteName): string {
  const url = sharedSiteBuild(name).env.SITE_URL;
  return url ? new URL(url).pathname : "/";
}

/**
 * Registers hooks that serve a shared site (built once per run) and connect to the shared
 * Chromium before the file's tests, and stop serving and disconnect after them.
 * @param name the site, the fixtures site unless a test needs another
 * @returns an object whose fields are filled once `beforeAll` has run
 */
export function useSiteInChromium(name: SharedSiteName = "fixtures"): SiteInChromium {
  const site = {} as SiteInChromium;
  beforeAll(async () => {
    site.out = sharedSite(name);
    site.server = await serveFolder(site.out, sharedSitePrefix(name));
    site.browser = await connectSharedBrowser();
  });
  afterAll(async () => {
    await closeBrowser(site.browser);
    await site.server?.close();
  });
  return site;
}
