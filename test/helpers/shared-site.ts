import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, inject } from "vitest";
import { closeBrowser, launchBrowser } from "../../src/base/launch-browser.ts";
import type { BuiltSharedSite } from "../global-setup.ts";
import { SHARED_SITES, type SharedSiteName } from "../shared-sites.ts";

/**
 * A site built once for the whole run (see test/shared-sites.ts), with what its build printed.
 * Read it; never change it (copy it first, e.g. with cpSync, to break it).
 * @param name the site's row in SHARED_SITES
 */
export function sharedSiteBuild(name: SharedSiteName): BuiltSharedSite {
  const site = inject("sharedSites")[name];
  if (site === undefined) throw new Error(`the shared site "${name}" was not built in this run: add it to TEST_SHARED_SITES, or unset TEST_SHARED_SITES to build them all`);
  return site;
}

/**
 * The folder of a shared site that built. A site whose build failed fails every test that reads
 * it, with what the build printed.
 * @param name the site's row in SHARED_SITES
 */
export function sharedSite(name: SharedSiteName): string {
  const site = sharedSiteBuild(name);
  if (site.status !== 0) throw new Error(`the shared site "${name}" (${SHARED_SITES[name].purpose}) did not build:\n${site.stdout}\n${site.stderr}`);
  return site.dir;
}

/** How to reach the Chromium the whole run shares, as launchBrowser's options. */
export function sharedBrowserOptions(): { wsEndpoint: string } {
  return { wsEndpoint: inject("browserEndpoint") };
}

/**
 * Connects to the Chromium the whole run shares. Pages opened in it are the test's own; close
 * them, and disconnect with closeBrowser, never browser.close(), which would end it for everyone.
 */
export function connectSharedBrowser(): Promise<Browser> {
  return launchBrowser(sharedBrowserOptions());
}

/**
 * Registers hooks that connect to the shared Chromium before the file's tests and disconnect
 * after them.
 * @returns an object whose `browser` is set once `beforeAll` has run
 */
export function useSharedBrowser(): { browser: Browser } {
  const held = {} as { browser: Browser };
  beforeAll(async () => {
    held.browser = await connectSharedBrowser();
  });
  afterAll(async () => {
    await closeBrowser(held.browser);
  });
  return held;
}
