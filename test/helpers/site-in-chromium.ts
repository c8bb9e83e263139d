import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../../src/base/launch-browser.ts";
import { serveFolder, type FolderServer } from "../../src/base/serve-folder.ts";
import { sharedDefaultSite } from "./shared-site.ts";

/** A built default site, served on loopback, and a Chromium to look at it with. */
export interface SiteInChromium {
  /** The built site's folder. */
  out: string;
  browser: Browser;
  server: FolderServer;
}

/**
 * Registers hooks that serve the default site (built once per test run) and start Chromium
 * before the file's tests, and close both after them.
 * @returns an object whose fields are filled once `beforeAll` has run
 */
export function useSiteInChromium(): SiteInChromium {
  const site = {} as SiteInChromium;
  beforeAll(async () => {
    site.out = sharedDefaultSite();
    site.server = await serveFolder(site.out);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
