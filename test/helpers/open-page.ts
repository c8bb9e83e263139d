import type { Page } from "puppeteer-core";

/**
 * Opens a page and waits until it has loaded and no request has been in flight for 100 ms. This
 * is what Puppeteer's `networkidle0` checks, but that waits a fixed half second on every page,
 * which over the hundreds of page views of a test run was most of its time.
 * @param page the tab to navigate
 * @param url where to go
 */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForNetworkIdle({ idleTime: 100, concurrency: 0 });
}
