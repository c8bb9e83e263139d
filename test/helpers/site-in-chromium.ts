import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { launchBrowser } from "../../src/browser/launch-browser.ts";
import { serveFolder, type FolderServer } from "../../src/serve/serve-folder.ts";
import { tempDir } from "./fixtures.ts";

/** A built default site, served on loopback, and a Chromium to look at it with. */
export interface SiteInChromium {
  /** The built site's folder. */
  out: string;
  browser: Browser;
  server: FolderServer;
}

/**
 * Registers hooks that build the default site into a temporary folder, serve it and start
 * Chromium before the file's tests, and close and remove everything after them.
 * @returns an object whose fields are filled once `beforeAll` has run
 */
export function useSiteInChromium(): SiteInChromium {
  const work = tempDir();
  const site = { out: path.join(work, "output") } as SiteInChromium;
  beforeAll(async () => {
    await buildSite({ outputDir: site.out, quiet: true });
    site.server = await serveFolder(site.out);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    rmSync(work, { recursive: true, force: true });
  });
  return site;
}
