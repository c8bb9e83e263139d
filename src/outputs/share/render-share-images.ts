import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { launchBrowser } from "../../base/launch-browser.ts";
import { cacheFolder, writeCacheEntry } from "../../base/cache-folder.ts";
import { serveFolder } from "../../base/serve-folder.ts";
import { watchPageLoading } from "../../base/watch-page-loading.ts";
import { SHARE_CARD_FILE, SHARE_IMAGE_SIZE } from "../../content/paths/share-paths.ts";

/** Bumped when the way cards are photographed changes, so old cached images are not reused. */
const RENDERER_VERSION = "2";

/** The stylesheets a card uses; their content is part of each image's hash. */
const CARD_STYLESHEETS = ["assets/fonts/fonts.css", "assets/css/theme.css"];

/** How {@link renderShareImages} runs. */
export interface RenderShareImagesOptions {
  /** The sub-path the site's links carry, e.g. "/briefings/". */
  pathPrefix?: string;
  /** Where images are kept between builds, by the hash of what they show; defaults to `share-images` in the build's cache folder. */
  cacheDir?: string;
  /** Starts the browser; defaults to {@link launchBrowser}. */
  launch?: () => Promise<Browser>;
}

/**
 * Turns every share card page in a built site (`…/share-card.html`, see share-paths.ts) into
 * the PNG beside it (`…/share.png`, 1200×630) and removes the card page, so it is never
 * published. Chromium photographs each card from a loopback server of the site, so the
 * card's self-hosted fonts load as on the site; nothing may load from elsewhere. Images are
 * cached by the hash of the card and its stylesheets: an unchanged card is copied, not
 * rendered, and Chromium is started only if some card changed.
 * @param siteDir the built site
 * @param options sub-path, cache folder, browser
 * @returns the site paths of the images written
 */
export async function renderShareImages(siteDir: string, options: RenderShareImagesOptions = {}): Promise<string[]> {
  const cards = findCards(siteDir);
  if (cards.length === 0) return [];
  const cacheDir = path.resolve(options.cacheDir ?? cacheFolder("share-images"));
  const styles = CARD_STYLESHEETS.map((file) => (existsSync(path.join(siteDir, file)) ? readFileSync(path.join(siteDir, file), "utf8") : ""));
  const jobs = await Promise.all(
    cards.map(async (card) => {
      const html = await readFile(path.join(siteDir, card), "utf8");
      const hash = createHash("sha256").update([RENDERER_VERSION, html, ...styles].join("\0")).digest("hex").slice(0, 32);
      return { card, image: path.join(path.dirname(card), "share.png"), cached: path.join(cacheDir, `${hash}.png`) };
    }),
  );
  // Identical cards share one cached image: photograph each distinct card once.
  const missing = [...new Map(jobs.filter((job) => !existsSync(job.cached)).map((job) => [job.cached, job])).values()];
  if (missing.length > 0) {
    await mkdir(cacheDir, { recursive: true });
    const prefix = options.pathPrefix ?? "/";
    const server = await serveFolder(siteDir, prefix);
    let browser: Browser | undefined;
    try {
      browser = await (options.launch ?? launchBrowser)();
      // A few cards at once, as many as CPUs, each camera taking the next card in turn: each
      // card's picture is the same whatever the order. A camera is one page, opened once.
      const queue = [...missing];
      const running = browser;
      const cameras = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
        const camera = await openCamera(running, server.url);
        try {
          for (let job = queue.shift(); job; job = queue.shift()) {
            const png = await camera.photograph(`${server.url}${job.card.split(path.sep).join("/")}`);
            await writeCacheEntry(job.cached, png);
          }
        } finally {
          await camera.close();
        }
      });
      await Promise.all(cameras);
    } finally {
      await browser?.close().catch(() => browser?.process()?.kill("SIGKILL"));
      await server.close();
    }
  }
  for (const job of jobs) {
    await copyFile(job.cached, path.join(siteDir, job.image));
    await rm(path.join(siteDir, job.card), { force: true });
  }
  return jobs.map((job) => `/${job.image.split(path.sep).join("/")}`);
}

/** The card pages in a built site, relative to it: the site's own and one per briefing folder. */
function findCards(siteDir: string): string[] {
  const candidates = [path.join("assets", SHARE_CARD_FILE)];
  for (const name of readdirSync(siteDir)) candidates.push(path.join(name, SHARE_CARD_FILE));
  return candidates.filter((card) => existsSync(path.join(siteDir, card))).sort();
}

/** A page set up once at a card's size, photographing one card after another. */
interface Camera {
  /** Opens a card once its fonts are ready and returns it as PNG bytes. */
  photograph(url: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Opens a page at the cards' exact size, light scheme, loading nothing but `origin`. Opening and
 * setting up a page took about as long as photographing a card, and the cards share their
 * stylesheets and most of their fonts, which a kept page has already loaded.
 */
async function openCamera(browser: Browser, origin: string): Promise<Camera> {
  const page = await browser.newPage();
  await page.setViewport({ ...SHARE_IMAGE_SIZE, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  const problems = await watchPageLoading(page, new URL(origin).origin);
  return {
    async photograph(url) {
      problems.list.length = 0;
      // A card is one page with its fonts and no script: the load event and the fonts are all it
      // needs, and network idle would add half a second per card.
      await page.goto(url, { waitUntil: "load" });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      if (problems.list.length > 0) throw new Error(`the share card ${url} did not load cleanly:\n    ${problems.list.join("\n    ")}`);
      return await page.screenshot({ type: "png", clip: { x: 0, y: 0, ...SHARE_IMAGE_SIZE }, optimizeForSpeed: true });
    },
    async close() {
      await page.close().catch(() => undefined);
    },
  };
}
