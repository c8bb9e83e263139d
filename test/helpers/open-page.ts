import type { Page } from "puppeteer-core";

/**
 * Opens a page and waits until it is drawn as a reader sees it: loaded, its fonts loaded and its
 * images decoded. Waiting for the network to go idle instead (Puppeteer's `networkidle0` or
 * `waitForNetworkIdle`) hung now and then when one tab went from page to page: a request served
 * from Chromium's memory cache may never report that it finished, so the tab never looked idle
 * (puppeteer/puppeteer#11235). What these tests measure depends on fonts and images, not on the
 * network, so that is what is waited for; scripts that fetch later (search) are waited for by the
 * tests that use them, on what they put on the page.
 * @param page the tab to navigate
 * @param url where to go
 */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    // Fonts asked for by the first layout are in document.fonts only once it has happened.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
  });
}
